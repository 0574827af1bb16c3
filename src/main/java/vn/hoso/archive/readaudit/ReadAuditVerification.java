package vn.hoso.archive.readaudit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of checking the read audit's chain: how many entries were checked, and the first broken one
 * ({@code null} when intact) with why: {@code ENTRY_ALTERED} (its fields no longer give its hash),
 * {@code CHAIN_BROKEN} (it does not point at the entry before it: one was removed or inserted),
 * {@code POSITION_GAP} (positions skip), {@code HEAD_MISMATCH} (entries after the last one were removed).
 */
public record ReadAuditVerification(long entriesChecked, Long firstBrokenPosition, String problem) {

    @JsonProperty
    public boolean intact() {
        return firstBrokenPosition == null;
    }
}
