package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.dossier.internal.DossierListQuery;
import vn.hoso.archive.reporting.Statistics;
import vn.hoso.archive.reporting.StatisticsReport;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * {@code ./hoso import DIR} on the embedded default: a box's manifest with good rows and every kind of bad row;
 * each row reported, bad rows leave nothing behind, good pages are recognized, and a second import finds the same
 * archive records instead of making new ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BatchImportTest {

    private static final Actor ARCHIVIST = new Actor("luu.tru.vien");

    @Autowired
    BatchImportRun batchImport;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore objectStore;
    @Autowired
    DossierLookup dossiers;
    @Autowired
    DossierCodes codes;
    @Autowired
    CommandGateway commands;
    @Autowired
    DossierListQuery dossierList;
    @Autowired
    StatisticsReport statistics;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "import");
    }

    @Test
    void everyRowIsReportedBadRowsLeaveNothingAndASecondImportFindsTheSameRecords() throws Exception {
        Path box = Files.createDirectories(work.resolve("hop-01"));
        String item = UUID.randomUUID().toString().substring(0, 8);
        byte[] certificate = TestDocuments.png(TestDocuments.page("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT"));
        byte[] neverStored = TestDocuments.png(TestDocuments.page("Trang không được lưu " + item));
        Files.write(box.resolve("giay-chung-nhan.png"), certificate);
        Files.createDirectories(box.resolve("to-khai"));
        Files.write(box.resolve("to-khai/trang.pdf"), TestDocuments.imageOnlyPdf(2));
        Files.write(box.resolve("kem-theo.png"), neverStored);
        Files.write(box.resolve("khoa.pdf"), BrokenDocuments.encryptedPdf());
        Files.write(box.resolve("rong.png"), new byte[0]);
        Files.write(box.resolve("ma.pdf"), BrokenDocuments.pdfWithJavaScript());
        Files.write(box.resolve("bom.tif"), BrokenDocuments.tiffDeclaring(60_000, 60_000));
        Files.write(box.resolve("dut.pdf"), TestDocuments.truncatedPdf());
        Files.writeString(box.resolve("ghi-chu.png"), "không phải ảnh");
        Files.write(work.resolve("ngoai.png"), neverStored);
        Files.writeString(box.resolve("manifest.csv"), String.join("\n",
                "box,folder,item,procedure,year,applicant,village,pages",
                "H01,C01," + item + "-1,LAND-FIRST-CERT,2009,Nguyễn Văn An,Thanh Thùy,giay-chung-nhan.png;to-khai/trang.pdf",
                "H01,C01," + item + "-2,CIVIL-BIRTH,1998-03-12,Trần Thị Bình,,thieu.png",
                "H01,C01," + item + "-3,CIVIL-BIRTH,1998,Lê Văn Cường,,../ngoai.png",
                "H01,C01," + item + "-4,CIVIL-BIRTH,1999,Lê Văn Dũng,,kem-theo.png;khoa.pdf",
                "H01,C01," + item + "-5,NO-SUCH-PROCEDURE,2000,Đỗ Thị Hoa,,kem-theo.png",
                "H01,C01," + item + "-6,CIVIL-BIRTH,2001,Phạm Thị Em,,rong.png",
                "H01,C01," + item + "-7,CIVIL-BIRTH,2002,Vũ Văn Giang,,ma.pdf",
                "H01,C01," + item + "-8,CIVIL-BIRTH,2003,Hoàng Văn Hải,,bom.tif",
                "H01,C01," + item + "-9,CIVIL-BIRTH,2004,Lý Thị Hạnh,,dut.pdf",
                "H01,C01," + item + "-10,CIVIL-BIRTH,2005,Đinh Văn Khoa,,ghi-chu.png",
                "H01,C01," + item + "-1,CIVIL-BIRTH,2009,Người Khác,,kem-theo.png",
                "H01,C01," + item + "-11,CIVIL-BIRTH,năm ngoái,Mai Thị Lan,,kem-theo.png",
                "H01,C01," + item + "-12",
                "H01,C01," + item + "-1,LAND-FIRST-CERT,2009,Nguyễn Văn An,Thanh Thùy,giay-chung-nhan.png") + "\n");
        long dossiersBefore = archiveRecords();

        Run first = importBox(box);
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.rowLines()).containsExactly(
                "row 2 CREATED", "row 3 FAILED PAGE_FILE_MISSING", "row 4 FAILED PAGE_NAME_NOT_ALLOWED",
                "row 5 FAILED ENCRYPTED_DOCUMENT", "row 6 FAILED UNKNOWN_PROCEDURE", "row 7 FAILED EMPTY_FILE",
                "row 8 FAILED ACTIVE_CONTENT", "row 9 FAILED IMAGE_TOO_LARGE", "row 10 FAILED UNREADABLE_DOCUMENT",
                "row 11 FAILED UNSUPPORTED_MEDIA_TYPE", "row 12 FAILED ARCHIVE_KEY_REUSED",
                "row 13 FAILED ROW_YEAR_INVALID", "row 14 FAILED ROW_FIELD_COUNT", "row 15 FOUND");
        assertThat(first.out()).contains("Không có tệp thieu.png trong thư mục lô.")
                .contains("rows=14 created=1 found=1 failed=12 documents=2 pages=4 pages_recognized=3 documents_failed=0");
        assertThat(objectStore.exists(ObjectKey.original(sha256(certificate)))).isTrue();
        assertThat(objectStore.exists(ObjectKey.original(sha256(neverStored)))).isFalse();
        assertThat(archiveRecords()).isEqualTo(dossiersBefore + 1);

        String dossierId = jdbc.sql("SELECT dossier_id FROM archive_record WHERE item_number = ?").param(item + "-1")
                .query(String.class).single();
        var receipt = dossiers.receiptOf(new DossierId(dossierId)).orElseThrow();
        assertThat(receipt.receivedAt()).isEqualTo(OffsetDateTime.parse("2009-01-01T07:30:00+07:00").toInstant());
        assertThat(receipt.applicant().village()).isEqualTo("Thanh Thùy");

        Run second = importBox(box);
        assertThat(second.rowLines().get(0)).isEqualTo("row 2 FOUND");
        assertThat(second.out()).contains("row 2 (H01/C01/" + item + "-1): FOUND " + dossierId + ", 2 documents, 3 pages")
                .contains("created=0 found=2 failed=12");
        assertThat(archiveRecords()).isEqualTo(dossiersBefore + 1);
    }

    @Test
    void anImportedRecordIsListedAsArchivedNotOverdueAndLeftOutOfTheStatistics() throws Exception {
        Path box = Files.createDirectories(work.resolve("hop-03"));
        String item = UUID.randomUUID().toString().substring(0, 8);
        String village = "Bích Hòa " + item;
        Files.write(box.resolve("so.png"), TestDocuments.png(TestDocuments.page("SỔ ĐỊA CHÍNH " + item)));
        Files.writeString(box.resolve("manifest.csv"), "box,folder,item,procedure,year,applicant,village,pages\n"
                + "H03,C01," + item + ",LAND-FIRST-CERT,1997-05-20,Phạm Văn Minh," + village + ",so.png\n");
        assertThat(importBox(box).rowLines()).containsExactly("row 2 CREATED");
        String imported = jdbc.sql("SELECT dossier_id FROM archive_record WHERE item_number = ?").param(item)
                .query(String.class).single();
        Instant sameDay = OffsetDateTime.parse("1997-05-20T07:30:00+07:00").toInstant();
        DossierId receivedThen = codes.next(sameDay);
        commands.sendAndWait(new ReceiveDossierCommand(receivedThen, "LAND-FIRST-CERT",
                new Applicant("Đặng Thị Nga", null, null, village, null), Channel.DIRECT, null, List.of(), 15, sameDay));

        DossierListQuery.Filter inVillage = new DossierListQuery.Filter(null, null, null, null, village, null, null, null);
        List<DossierListQuery.Entry> listed = await().atMost(Duration.ofSeconds(30)).until(
                () -> dossierList.find(inVillage, 0, 10, Instant.now()).entries(), entries -> entries.size() == 2);
        assertThat(listed).extracting(entry -> entry.dossierId() + " " + entry.status() + " overdue=" + entry.overdue())
                .containsExactlyInAnyOrder(imported + " ARCHIVED overdue=false",
                        receivedThen.value() + " RECEIVED overdue=true");
        assertThat(listed).filteredOn(entry -> entry.dossierId().equals(imported))
                .extracting(DossierListQuery.Entry::remainingWorkingDays).containsOnlyNulls();

        LocalDate day = LocalDate.of(1997, 5, 20);
        Statistics figures = statistics.compute(new StatisticsReport.Filter(day, day, null, null, village, null),
                Instant.now());
        assertThat(figures.received().total()).isEqualTo(1);
        assertThat(figures.resolved().total()).isZero();
        assertThat(figures.pending()).as("as of the period's end").isEqualTo(new Statistics.Pending(1, 1, 0));
    }

    @Test
    void aManifestInAnotherEncodingOrWithOtherColumnsImportsNothing() throws Exception {
        Path box = Files.createDirectories(work.resolve("hop-02"));
        Files.write(box.resolve("p.png"), TestDocuments.png(TestDocuments.page("Trang")));
        long eventsBefore = storedEvents();
        Files.write(box.resolve("manifest.csv"), ("box,folder,item,procedure,year,applicant,village,pages\n"
                + "H02,C01,1,CIVIL-BIRTH,2001,Nguyễn Thị Hà,,p.png\n").getBytes(java.nio.charset.Charset.forName("windows-1258")));
        Run latin = importBox(box);
        assertThat(latin.exitCode()).isEqualTo(2);
        assertThat(latin.err()).contains("MANIFEST_NOT_UTF8");

        Files.writeString(box.resolve("manifest.csv"), "box,folder,item,year,applicant,pages\nH02,C01,1,2001,A,p.png\n");
        Run columns = importBox(box);
        assertThat(columns.exitCode()).isEqualTo(2);
        assertThat(columns.err()).contains("MANIFEST_COLUMNS");

        Files.delete(box.resolve("manifest.csv"));
        assertThat(importBox(box).err()).contains("MANIFEST_MISSING");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private record Run(int exitCode, String out, String err) {

        /** "row N STATUS [CODE]" for each row line. */
        List<String> rowLines() {
            return out.lines().filter(line -> line.startsWith("row "))
                    .map(line -> line.replaceAll("^(row \\d+) \\([^)]*\\): (CREATED|FOUND|FAILED)( [A-Z0-9_]+(?=:))?.*$",
                            "$1 $2$3"))
                    .toList();
        }
    }

    private Run importBox(Path box) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = batchImport.run(box, ARCHIVIST, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long archiveRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM archive_record").query(Long.class).single();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
