package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveManifestTest {

    private static final String HEADER = "box,folder,item,procedure,year,applicant,village,pages\n";

    @Test
    void rowsAreReadWithSpreadsheetRowNumbersQuotingAndPagesInOrder() throws Exception {
        List<ArchiveManifest.Row> rows = ArchiveManifest.parse(utf8("\uFEFF" + HEADER
                + "H01,C02,3,LAND-FIRST-CERT,2009,Nguyễn Văn An,Thanh Thùy,p1.png; p2.png\n"
                + "\n"
                + "H01,C02,4,CIVIL-BIRTH,1998-03-12,\"Trần Thị Bình, con\",,scans/b.pdf\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new ArchiveManifest.Row(2, 8, "H01", "C02", "3", "LAND-FIRST-CERT", "2009",
                "Nguyễn Văn An", "Thanh Thùy", List.of("p1.png", "p2.png")));
        assertThat(rows.get(1).rowNumber()).isEqualTo(4);
        assertThat(rows.get(1).applicant()).isEqualTo("Trần Thị Bình, con");
        assertThat(rows.get(1).village()).isEmpty();
    }

    @Test
    void aShortRowIsKeptForItsOwnRefusal() throws Exception {
        ArchiveManifest.Row row = ArchiveManifest.parse(utf8(HEADER + "H01,C02,3\n")).get(0);
        assertThat(row.fieldCount()).isEqualTo(3);
        assertThat(row.pages()).isEmpty();
    }

    @Test
    void aManifestSavedInAnotherEncodingIsRefusedNamingTheLine() {
        byte[] windows1258 = (HEADER + "H01,C02,3,CIVIL-BIRTH,2001,Nguy").getBytes(StandardCharsets.UTF_8);
        byte[] latin = concat(windows1258, new byte[] {(byte) 0xEA, 'n', ',', 'x', ',', 'p', '.', 'p', 'n', 'g', '\n'});
        assertRefused(latin, "MANIFEST_NOT_UTF8", 2);
    }

    @Test
    void wrongMissingOrReorderedColumnsAreRefused() {
        assertRefused(utf8("box,folder,item,procedure,year,applicant,village\n"), "MANIFEST_COLUMNS",
                String.join(",", ArchiveManifest.COLUMNS), "box,folder,item,procedure,year,applicant,village");
        assertRefused(utf8("folder,box,item,procedure,year,applicant,village,pages\n"), "MANIFEST_COLUMNS",
                String.join(",", ArchiveManifest.COLUMNS), "folder,box,item,procedure,year,applicant,village,pages");
        assertRefused(utf8("box;folder;item;procedure;year;applicant;village;pages\n"), "MANIFEST_COLUMNS",
                String.join(",", ArchiveManifest.COLUMNS), "box;folder;item;procedure;year;applicant;village;pages");
    }

    @Test
    void brokenQuotingAndNoRowsAreRefused() {
        assertThat(refusal(utf8(HEADER + "H01,C02,\"3,CIVIL-BIRTH,2001,A,,p.png\n")).code())
                .isEqualTo("MANIFEST_UNREADABLE");
        assertThat(refusal(utf8(HEADER)).code()).isEqualTo("MANIFEST_EMPTY");
        assertThat(refusal(new byte[0]).code()).isEqualTo("MANIFEST_EMPTY");
    }

    private static void assertRefused(byte[] manifest, String code, Object... arguments) {
        ImportRefusal refusal = refusal(manifest);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.arguments()).containsExactly(arguments);
    }

    private static ImportRefusal refusal(byte[] manifest) {
        return (ImportRefusal) org.assertj.core.api.Assertions.catchThrowable(() -> ArchiveManifest.parse(manifest));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
