package vn.hoso.archive.digitization.internal;

import vn.hoso.archive.digitization.DigitizationFailure;

/** The largest image decoded, in pixels: checked from declared dimensions, before any pixel is decoded. */
record PixelLimit(long maxPixels) {

    static final PixelLimit DEFAULT = new PixelLimit(100_000_000L);

    /** @param what names the image in the refusal, e.g. "Page 3" */
    void refuseOversized(long width, long height, String what) throws UnreadableDocumentException {
        if (width * height > maxPixels) {
            throw new UnreadableDocumentException(DigitizationFailure.IMAGE_TOO_LARGE, what + " is "
                    + width + " × " + height + " pixels; at most " + maxPixels + " pixels are decoded");
        }
    }
}
