package vn.hoso.archive.search.internal;

/**
 * Puts a highlighted fragment of folded text back into the original text: folding keeps every offset, so each
 * character of the fragment stands for the original's character at the same place.
 */
final class OriginalText {

    private OriginalText() {
    }

    /**
     * The original text under a highlighted folded fragment, with the same marks; the folded fragment itself if it is
     * not found in the folded original.
     */
    static String of(String original, String foldedFragment, String preTag, String postTag) {
        String plain = foldedFragment.replace(preTag, "").replace(postTag, "");
        int start = VietnameseFolding.fold(original).indexOf(plain);
        if (start < 0) {
            return foldedFragment;
        }
        StringBuilder restored = new StringBuilder(foldedFragment.length());
        int position = start;
        for (int i = 0; i < foldedFragment.length(); i++) {
            if (foldedFragment.startsWith(preTag, i)) {
                restored.append(preTag);
                i += preTag.length() - 1;
            } else if (foldedFragment.startsWith(postTag, i)) {
                restored.append(postTag);
                i += postTag.length() - 1;
            } else {
                restored.append(original.charAt(position++));
            }
        }
        return restored.toString();
    }
}
