package vn.hoso.archive.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How ratings become the satisfaction index: {@code indexPoints × satisfied ratings / all ratings}, where a rating of
 * {@code satisfiedFrom} or more (on 1–5) counts as satisfied. The default 18 points matches the seed's "18 / 18";
 * which official scoring rule the province applies is a setting to verify, not a citation.
 */
@ConfigurationProperties("hoso.satisfaction")
public record SatisfactionFormula(int indexPoints, int satisfiedFrom) {

    public SatisfactionFormula {
        if (indexPoints <= 0 || satisfiedFrom < 1 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("hoso.satisfaction: index-points must be positive and satisfied-from 1–5");
        }
    }
}
