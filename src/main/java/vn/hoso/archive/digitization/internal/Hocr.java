package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The OCR result as hOCR (an XHTML profile read by OCR tools and viewers): per page its image and size, per line
 * and word the box in page pixels, per word Tesseract's confidence ({@code x_wconf}).
 */
final class Hocr {

    private Hocr() {
    }

    static void write(List<SearchablePdf.Page> pages, List<String> imageKeys, String engine, Writer out)
            throws IOException {
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
                "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
                <head><title></title>
                <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
                <meta name="ocr-system" content="%s"/>
                <meta name="ocr-capabilities" content="ocr_page ocr_line ocrx_word"/>
                </head>
                <body>
                """.formatted(escape(engine)));
        for (int index = 0; index < pages.size(); index++) {
            writePage(index + 1, pages.get(index), imageKeys.get(index), out);
        }
        out.write("</body>\n</html>\n");
    }

    private static void writePage(int number, SearchablePdf.Page page, String imageKey, Writer out) throws IOException {
        out.write("<div class='ocr_page' id='page_%d' title='image \"%s\"; bbox 0 0 %d %d; ppageno %d'>\n"
                .formatted(number, escape(imageKey), page.widthPixels(), page.heightPixels(), number - 1));
        List<OcrEngine.RecognizedWord> words = page.words();
        int start = 0;
        for (int index = 1; index <= words.size(); index++) {
            if (index == words.size() || words.get(index).line() != words.get(start).line()) {
                writeLine(number, words.subList(start, index), out);
                start = index;
            }
        }
        out.write("</div>\n");
    }

    private static void writeLine(int page, List<OcrEngine.RecognizedWord> words, Writer out) throws IOException {
        Rectangle line = new Rectangle(words.get(0).box());
        words.forEach(word -> line.add(word.box()));
        int lineNumber = words.get(0).line() + 1;
        out.write(" <span class='ocr_line' id='line_%d_%d' title='%s'>".formatted(page, lineNumber, bbox(line)));
        for (int index = 0; index < words.size(); index++) {
            OcrEngine.RecognizedWord word = words.get(index);
            out.write("<span class='ocrx_word' id='word_%d_%d_%d' title='%s; x_wconf %d'>%s</span> ".formatted(page,
                    lineNumber, index + 1, bbox(word.box()), Math.round(word.confidence()), escape(word.text())));
        }
        out.write("</span>\n");
    }

    private static String bbox(Rectangle box) {
        return "bbox %d %d %d %d".formatted(box.x, box.y, box.x + box.width, box.y + box.height);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
