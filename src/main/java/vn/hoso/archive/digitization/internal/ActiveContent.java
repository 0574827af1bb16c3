package vn.hoso.archive.digitization.internal;

import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds JavaScript anywhere in a PDF: every object in its cross-reference table is looked at, with the dictionaries
 * and arrays written inside it, for a JavaScript action ({@code /S /JavaScript}), a script ({@code /JS}) or the
 * document-level script tree ({@code /JavaScript} in the names dictionary). Streams are not decoded.
 */
final class ActiveContent {

    private static final int MAX_DEPTH = 32;

    private ActiveContent() {
    }

    static boolean foundIn(COSDocument pdf) {
        for (Map.Entry<COSObjectKey, Long> entry : pdf.getXrefTable().entrySet()) {
            if (holdsScript(pdf.getObjectFromPool(entry.getKey()).getObject(), 0)) {
                return true;
            }
        }
        return false;
    }

    /** Follows direct objects only: indirect ones are looked at in their own turn. */
    private static boolean holdsScript(COSBase object, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (object instanceof COSDictionary dictionary) {
            if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                    || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))) {
                return true;
            }
            return dictionary.getValues().stream().anyMatch(value -> holdsScript(value, depth + 1));
        }
        if (object instanceof COSArray array) {
            for (COSBase element : array) {
                if (holdsScript(element, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
