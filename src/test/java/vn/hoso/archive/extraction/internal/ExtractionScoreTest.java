package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.internal.ExtractionScore.Item;

class ExtractionScoreTest {

    private static final Item DATE_ON_1 = new Item("vie/a", MetadataKind.DATE, "2026-05-12");
    private static final Item DATE_ON_2 = new Item("vie/b", MetadataKind.DATE, "2026-05-12");
    private static final Item OTHER_DATE = new Item("vie/a", MetadataKind.DATE, "1999-01-06");
    private static final Item NAME = new Item("vie/a", MetadataKind.PERSON_NAME, "Hồ Văn Uy");

    @Test
    void countsAValueOnTheWrongPageAsBothMissedAndWrong() {
        ExtractionScore score = new ExtractionScore(Set.of(DATE_ON_1, OTHER_DATE, NAME), Set.of(DATE_ON_2, OTHER_DATE, NAME));
        assertThat(score.precision(MetadataKind.DATE)).isEqualTo(0.5);
        assertThat(score.recall(MetadataKind.DATE)).isEqualTo(0.5);
        assertThat(score.precision(MetadataKind.PERSON_NAME)).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(2.0 / 3);
        assertThat(score.recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void nothingFoundWhereNothingIsScoresFullMarks() {
        ExtractionScore score = new ExtractionScore(Set.of(NAME), Set.of(NAME));
        assertThat(score.precision(MetadataKind.LAND_PARCEL)).isEqualTo(1.0);
        assertThat(score.recall(MetadataKind.LAND_PARCEL)).isEqualTo(1.0);
        assertThat(score.table("t")).contains("LAND_PARCEL", "PERSON_NAME");
    }

    @Test
    void aMissedValueLowersRecallOnly() {
        ExtractionScore score = new ExtractionScore(Set.of(DATE_ON_1, OTHER_DATE), Set.of(DATE_ON_1));
        assertThat(score.precision(MetadataKind.DATE)).isEqualTo(1.0);
        assertThat(score.recall(MetadataKind.DATE)).isEqualTo(0.5);
    }
}
