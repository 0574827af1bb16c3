package vn.hoso.archive.preservation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.demo.SamplePages;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * {@code ./hoso bench export}: a box of {@value #DOSSIERS} dossiers with {@value #PAGES_PER_DOSSIER} scanned pages
 * each (A4 PNGs at 200 dpi, a page of Vietnamese text recognized for each) is set up without OCR: the pages'
 * document events are appended as the pipeline would store them, with the event processors stopped. Then the box is
 * exported to a zip and imported (validated) again, each timed.
 */
@Component
@ConditionalOnProperty(name = "hoso.bench", havingValue = "export")
class ExportBenchmark implements ApplicationRunner {

    private static final int DOSSIERS = 10;
    private static final int PAGES_PER_DOSSIER = 30;
    private static final String PAGE_TEXT = """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ĐƠN ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT
            Kính gửi: Ủy ban nhân dân xã Thanh Oai. Người sử dụng đất: ông Nguyễn Văn Bền, sinh năm 1965,
            thường trú tại thôn Thanh Thùy. Thửa đất số 125, tờ bản đồ số 7, diện tích 245,6 m², mục đích sử dụng:
            đất ở tại nông thôn; thời hạn sử dụng: lâu dài; nguồn gốc sử dụng: được Nhà nước giao đất có thu tiền.
            """.repeat(4);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final EventProcessingConfiguration processing;
    private final DossierCodes codes;
    private final ObjectStore objects;
    private final PackageScopes scopes;
    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final ConfigurableApplicationContext context;

    ExportBenchmark(CommandGateway commands, EventStore eventStore, TransactionTemplate transactions,
                    EventProcessingConfiguration processing, DossierCodes codes, ObjectStore objects,
                    PackageScopes scopes, PackageExporter exporter, PackageImporter importer,
                    ConfigurableApplicationContext context) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.processing = processing;
        this.codes = codes;
        this.objects = objects;
        this.scopes = scopes;
        this.exporter = exporter;
        this.importer = importer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        CommandLineRun.thenExit(context, "bench export", this::measure);
    }

    private void measure() throws Exception {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        Path work = Files.createTempDirectory("hoso-bench-export");
        try {
            List<String> box = new ArrayList<>();
            for (int dossier = 0; dossier < DOSSIERS; dossier++) {
                box.add(dossierWithPages(dossier, work));
            }
            int pages = DOSSIERS * PAGES_PER_DOSSIER;
            Path zip = work.resolve("box.bag.zip");
            Timed cold = exportBox(box, zip);
            Timed warm = exportBox(box, work.resolve("again.bag.zip"));
            long started = System.nanoTime();
            PackageImporter.Imported imported = importer.importZip(zip);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            double megabytes = Files.size(zip) / 1e6;
            System.out.printf("Exported a box of %d dossiers, %d pages, %.1f MB in %.2f s (again: %.2f s); checked it "
                    + "back in %.2f s (%d payload files)%n", DOSSIERS, pages, megabytes, cold.total(), warm.total(),
                    importSeconds, imported.payloadFiles());
            System.out.printf("%nexport_pages=%d export_s=%.2f export_pages_per_s=%.0f export_mb_per_s=%.1f "
                            + "read_records_s=%.2f export_again_s=%.2f export_again_pages_per_s=%.0f package_mb=%.1f "
                            + "import_check_s=%.2f import_check_pages_per_s=%.0f%n", pages, cold.total(),
                    pages / cold.total(), megabytes / cold.total(), cold.reading(), warm.total(), pages / warm.total(),
                    megabytes, importSeconds, pages / importSeconds);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Seconds to read the records and to export in all. */
    private record Timed(double reading, double total) {
    }

    private Timed exportBox(List<String> box, Path zip) throws IOException {
        long started = System.nanoTime();
        PackageScope scope = scopes.dossiers(box);
        List<DossierRecord> records = exporter.prepare(scope);
        double reading = (System.nanoTime() - started) / 1e9;
        try (BagOutput output = BagOutput.zip(Files.newOutputStream(zip))) {
            exporter.export(scope, records, output, new Actor("system:bench"), "bench");
        }
        return new Timed(reading, (System.nanoTime() - started) / 1e9);
    }

    private String dossierWithPages(int number, Path work) throws IOException {
        Instant receivedAt = Instant.now();
        DossierId dossierId = codes.next(receivedAt);
        commands.sendAndWait(new ReceiveDossierCommand(dossierId, "LAND-FIRST-CERT",
                new Applicant("Nguyễn Văn Bền " + number, null, null, "Thanh Thùy", null), Channel.DIRECT, null,
                List.of(), 30, receivedAt));
        for (int page = 1; page <= PAGES_PER_DOSSIER; page++) {
            String name = "%s-trang-%02d.png".formatted(dossierId.value(), page);
            byte[] png = png(List.of("HỒ SƠ " + dossierId.value(), "Trang " + page, "Ông Nguyễn Văn Bền " + number));
            String sha256 = Checksums.SHA256.hex(png);
            objects.put(ObjectKey.original(sha256), Files.write(work.resolve(name), png), "image/png");
            String documentId = UUID.randomUUID().toString();
            append(documentId, List.of(
                    new DocumentRegisteredEvent(documentId, dossierId.value(), sha256, png.length, "image/png", name),
                    new PageTextRecognizedEvent(documentId, dossierId.value(), 1, 1, PAGE_TEXT,
                            PageTextRecognizedEvent.TextSource.OCR,
                            new PageTextRecognizedEvent.Measures(91.5, 180, 0.95, 0.87, 0, 0, 2300, false),
                            new PageTextRecognizedEvent.Provenance("tesseract", "5", "vie+eng", Map.of(), "psm=3"),
                            List.of(), null),
                    new DigitizationCompletedEvent(documentId, dossierId.value(), 1)));
            commands.sendAndWait(new AttachDocumentCommand(dossierId, documentId, sha256, name));
        }
        return dossierId.value();
    }

    private void append(String documentId, List<Object> events) {
        transactions.executeWithoutResult(status -> {
            for (int sequence = 0; sequence < events.size(); sequence++) {
                eventStore.publish(new GenericDomainEventMessage<>("ScannedDocument", documentId, sequence,
                        events.get(sequence)));
            }
        });
    }

    private static byte[] png(List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(SamplePages.renderPage(lines), "png", out);
        return out.toByteArray();
    }
}
