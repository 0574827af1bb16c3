package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A read page's layout kept beside its image, so a run resumed after a crash can build the searchable PDF without
 * reading the page again. Tab-separated UTF-8: {@code width height} on the first line, then one word a line as
 * {@code x y width height confidence line text}.
 */
final class PageLayoutFile {

    private PageLayoutFile() {
    }

    static void write(SearchablePdf.Page page, Writer out) throws IOException {
        out.write(page.widthPixels() + "\t" + page.heightPixels() + "\n");
        for (OcrEngine.RecognizedWord word : page.words()) {
            Rectangle box = word.box();
            out.write(String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%.2f\t%d\t%s%n", box.x, box.y, box.width, box.height,
                    word.confidence(), word.line(), word.text().replace('\t', ' ').replace('\n', ' ')));
        }
    }

    static SearchablePdf.Page read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] size = reader.readLine().split("\t");
        List<OcrEngine.RecognizedWord> words = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] field = line.split("\t", 7);
            words.add(new OcrEngine.RecognizedWord(field[6], new Rectangle(Integer.parseInt(field[0]),
                    Integer.parseInt(field[1]), Integer.parseInt(field[2]), Integer.parseInt(field[3])),
                    Double.parseDouble(field[4]), Integer.parseInt(field[5])));
        }
        return new SearchablePdf.Page(Integer.parseInt(size[0]), Integer.parseInt(size[1]), words);
    }
}
