package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.calendar.OfficeHours;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.digitization.DocumentIntake.AcceptedDocument;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.DossierId;

/**
 * Imports a batch folder: {@code manifest.csv} ({@link ArchiveManifest}) and the page files it names. The manifest is
 * refused whole when it is not UTF-8 or has other columns; otherwise every row is imported on its own: its fields and
 * files are checked first (names stay inside the folder, files exist and pass {@link DocumentPreflight}), then its
 * archive record is found or registered ({@link ArchiveRecords}) and the files go through {@link DocumentIntake}. A bad
 * row is reported with a stable code and leaves nothing behind; the next row goes on.
 */
@Component
class ManifestImport {

    private static final int EARLIEST_YEAR = 1900;

    private final ArchiveRecords records;
    private final ProcedureCatalogue catalogue;
    private final DocumentPreflight preflight;
    private final DocumentIntake intake;
    private final OfficeHours hours;
    private final RefusalMessages messages;

    ManifestImport(ArchiveRecords records, ProcedureCatalogue catalogue, DocumentPreflight preflight,
                   DocumentIntake intake, OfficeHours hours, RefusalMessages messages) {
        this.records = records;
        this.catalogue = catalogue;
        this.preflight = preflight;
        this.intake = intake;
        this.hours = hours;
        this.messages = messages;
    }

    enum Status { CREATED, FOUND, FAILED }

    /**
     * What became of one row: its dossier and documents, or the code of why it was not imported with the values its
     * message names ({@code arguments}) and that message in Vietnamese.
     */
    record RowOutcome(int rowNumber, String key, Status status, String dossierId, List<AcceptedDocument> documents,
                      int pageCount, String code, List<String> arguments, String message, String detail) {

        boolean failed() {
            return status == Status.FAILED;
        }
    }

    /** The rows of the folder's manifest, all checked for shape before any is imported. */
    List<ArchiveManifest.Row> readManifest(Path folder) throws ImportRefusal, IOException {
        try {
            return ArchiveManifest.parse(Files.readAllBytes(folder.resolve(ArchiveManifest.FILE_NAME)));
        } catch (NoSuchFileException e) {
            throw new ImportRefusal("MANIFEST_MISSING", folder.resolve(ArchiveManifest.FILE_NAME));
        }
    }

    List<RowOutcome> importRows(Path folder, List<ArchiveManifest.Row> rows, Actor actor, Consumer<RowOutcome> done)
            throws IOException {
        Path root = folder.toRealPath();
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ArchiveManifest.Row row : rows) {
            RowOutcome outcome = importRow(root, row, actor);
            outcomes.add(outcome);
            done.accept(outcome);
        }
        return outcomes;
    }

    private RowOutcome importRow(Path folder, ArchiveManifest.Row row, Actor actor) throws IOException {
        ArchiveRecords.Key key = new ArchiveRecords.Key(row.box(), row.folder(), row.item());
        try {
            Procedure procedure = checkFields(row);
            Instant receivedAt = originalDate(row.year());
            PageFiles pages = pageFiles(folder, row.pages());
            try (DocumentIntake.CheckedDocuments checked = intake.check(pages.documents())) {
                ArchiveRecord record = findOrRegister(key, procedure, row, receivedAt, actor);
                List<AcceptedDocument> documents = intake.attach(checked, record.dossier(), actor);
                return new RowOutcome(row.rowNumber(), key.toString(), record.status(), record.dossier().value(),
                        documents, pages.pageCount(), null, List.of(), null, null);
            }
        } catch (ImportRefusal refusal) {
            return failed(row, key, refusal.code(), refusal.arguments(), refusal.getMessage());
        } catch (ApiProblem problem) {
            return failed(row, key, problem.code(), new Object[] {String.join(";", row.pages())}, problem.code());
        }
    }

    private record ArchiveRecord(DossierId dossier, Status status) {
    }

    private ArchiveRecord findOrRegister(ArchiveRecords.Key key, Procedure procedure, ArchiveManifest.Row row,
                                        Instant receivedAt, Actor actor) throws ImportRefusal {
        Optional<DossierId> existing = records.find(key, procedure, row.applicant());
        if (existing.isPresent()) {
            return new ArchiveRecord(existing.get(), Status.FOUND);
        }
        Applicant applicant = new Applicant(row.applicant(), null, null, blankToNull(row.village()), null);
        return new ArchiveRecord(records.register(key, procedure, applicant, receivedAt, row.year(), actor), Status.CREATED);
    }

    private RowOutcome failed(ArchiveManifest.Row row, ArchiveRecords.Key key, String code, Object[] arguments,
                              String detail) {
        return new RowOutcome(row.rowNumber(), key.toString(), Status.FAILED, null, List.of(), 0, code,
                Arrays.stream(arguments).map(String::valueOf).toList(),
                messages.describe(code, arguments, RefusalMessages.VIETNAMESE), detail);
    }

    private Procedure checkFields(ArchiveManifest.Row row) throws ImportRefusal {
        if (row.fieldCount() != ArchiveManifest.COLUMNS.size()) {
            throw new ImportRefusal("ROW_FIELD_COUNT", ArchiveManifest.COLUMNS.size(), row.fieldCount());
        }
        required("box", row.box(), 64);
        required("folder", row.folder(), 64);
        required("item", row.item(), 64);
        required("applicant", row.applicant(), 200);
        required("procedure", row.procedure(), 64);
        if (row.village().length() > 100) {
            throw new ImportRefusal("ROW_FIELD_TOO_LONG", "village", 100);
        }
        if (row.pages().isEmpty()) {
            throw new ImportRefusal("ROW_FIELD_MISSING", "pages");
        }
        return catalogue.find(row.procedure()).orElseThrow(() -> new ImportRefusal("UNKNOWN_PROCEDURE", row.procedure()));
    }

    private static void required(String column, String value, int maxLength) throws ImportRefusal {
        if (value.isBlank()) {
            throw new ImportRefusal("ROW_FIELD_MISSING", column);
        }
        if (value.length() > maxLength) {
            throw new ImportRefusal("ROW_FIELD_TOO_LONG", column, maxLength);
        }
    }

    /** {@code YYYY} (received on 1 January) or {@code YYYY-MM-DD}, at the office's opening time. */
    private Instant originalDate(String year) throws ImportRefusal {
        LocalDate day;
        try {
            day = year.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(year), 1, 1) : LocalDate.parse(year);
        } catch (DateTimeParseException e) {
            throw new ImportRefusal("ROW_YEAR_INVALID", year);
        }
        if (day.getYear() < EARLIEST_YEAR || day.isAfter(LocalDate.now(hours.zone()))) {
            throw new ImportRefusal("ROW_YEAR_INVALID", year);
        }
        return day.atTime(hours.opensAt()).atZone(hours.zone()).toInstant();
    }

    private record PageFiles(List<LocalDocument> documents, int pageCount) {
    }

    /** The row's files, each checked, and how many pages they hold. */
    private PageFiles pageFiles(Path folder, List<String> names) throws ImportRefusal, IOException {
        List<LocalDocument> documents = new ArrayList<>();
        int pageCount = 0;
        for (String name : names) {
            Path file = BatchFolder.resolve(folder, name);
            pageCount += inspected(preflight, file, name).pageCount();
            documents.add(new LocalDocument(file, name));
        }
        return new PageFiles(documents, pageCount);
    }

    /** The preflight's verdict on a file, its failure as a refusal naming the file. */
    static DocumentPreflight.Inspected inspected(DocumentPreflight preflight, Path file, Object name)
            throws ImportRefusal, IOException {
        try {
            return preflight.inspect(file);
        } catch (UnreadableDocumentException e) {
            throw new ImportRefusal(e.failure().name(), name, e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
