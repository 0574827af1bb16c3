package vn.hoso.archive.digitization.internal;

/** The steps a page goes through, in the order they run, as the stage timings name them. */
enum PageStage {
    /** Decoding the file's page, or rasterizing a PDF page (on the thread that splits files into pages). */
    DECODE,
    /** Converting the decoded page to 8-bit grey. */
    GREY,
    /** The ink mask and its profiles: skew, lying sideways, looking upside down. */
    INK_PROFILE,
    /** Tesseract's orientation detection and turning the page. */
    ORIENTATION,
    /** Rotating a skewed page straight. */
    DESKEW,
    /** Erasing long rules from the copy of the page that is read ({@link RuleLines}). */
    RULES,
    /** Tesseract's text recognition. */
    OCR,
    /** The quality score (coverage of the ink by confidently read words). */
    QUALITY
}
