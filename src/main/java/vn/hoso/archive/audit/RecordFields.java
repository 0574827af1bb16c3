package vn.hoso.archive.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.ApologyIssuedEvent;
import vn.hoso.archive.dossier.ArchiveRecordRegisteredEvent;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.dossier.DossierArchivedEvent;
import vn.hoso.archive.dossier.DossierAssignedEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierDueSoonEvent;
import vn.hoso.archive.dossier.DossierOverdueEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierRejectedEvent;
import vn.hoso.archive.dossier.DossierStatusChange;
import vn.hoso.archive.dossier.DossierWithdrawnEvent;
import vn.hoso.archive.dossier.ForwardedToVillageEvent;
import vn.hoso.archive.dossier.ResultIssuedEvent;
import vn.hoso.archive.dossier.ResultReturnedEvent;
import vn.hoso.archive.dossier.ServiceRatedEvent;
import vn.hoso.archive.dossier.SupplementReceivedEvent;
import vn.hoso.archive.dossier.SupplementRequestedEvent;
import vn.hoso.archive.dossier.VillageReplyRecordedEvent;

/**
 * The fields an inspector sees on a record, and what each event sets. A correction overwrites the field it names
 * (e.g. {@code applicant.name}), so a state after it shows the corrected value.
 */
final class RecordFields {

    private static final Map<Class<?>, BiConsumer<Object, Map<String, Object>>> RULES = Map.ofEntries(
            rule(DossierReceivedEvent.class, (e, f) -> {
                f.put("procedureCode", e.procedureCode());
                f.put("applicant.name", e.applicant().name());
                f.put("applicant.citizenId", e.applicant().citizenId());
                f.put("applicant.address", e.applicant().address());
                f.put("applicant.village", e.applicant().village());
                f.put("applicant.phone", e.applicant().phone());
                f.put("channel", e.channel());
                f.put("assistedBy", e.assistedBy());
                f.put("submittedDocuments", e.submittedDocuments());
                f.put("receivedAt", e.receivedAt());
                f.put("dueAt", e.dueAt());
            }),
            rule(DossierAssignedEvent.class, (e, f) -> {
                f.put("official", e.official());
                f.put("department", e.department());
            }),
            rule(ForwardedToVillageEvent.class, (e, f) -> {
                f.put("village", e.village());
                f.put("villagePurpose", e.purpose());
            }),
            rule(VillageReplyRecordedEvent.class, (e, f) -> {
                f.put("villageConfirmed", e.confirmed());
                f.put("villageNote", e.note());
            }),
            rule(SupplementRequestedEvent.class, (e, f) -> {
                f.put("clockStopped", true);
                f.put("missingDocuments", e.missingDocuments());
                f.put("supplementReason", e.reason());
                f.put("remainingWorkingDaysAtStop", e.remainingWorkingDays());
            }),
            rule(SupplementReceivedEvent.class, (e, f) -> {
                f.put("clockStopped", false);
                f.put("supplementedDocuments", e.receivedDocuments());
                f.put("dueAt", e.dueAt());
            }),
            rule(ResultIssuedEvent.class, (e, f) -> {
                f.put("resultNumber", e.resultNumber());
                f.put("resultIssuedAt", e.issuedAt());
                f.put("resultLate", e.late());
            }),
            rule(ResultReturnedEvent.class, (e, f) -> f.put("resultReturnedAt", e.returnedAt())),
            rule(DossierRejectedEvent.class, (e, f) -> f.put("rejectionReason", e.reason())),
            rule(DossierWithdrawnEvent.class, (e, f) -> f.put("withdrawalReason", e.reason())),
            rule(ApologyIssuedEvent.class, (e, f) -> {
                f.put("apologyIssuedAt", e.issuedAt());
                f.put("newAppointmentAt", e.newAppointmentAt());
            }),
            rule(DossierArchivedEvent.class, (e, f) -> f.put("archivedAt", e.archivedAt())),
            rule(ArchiveRecordRegisteredEvent.class, (e, f) -> {
                f.put("archivedAt", e.archivedAt());
                f.put("archiveBox", e.box());
                f.put("archiveFolder", e.folder());
                f.put("archiveItem", e.item());
            }),
            rule(DossierCorrectedEvent.class, (e, f) -> {
                f.put(e.field(), e.correctedValue());
                f.put("lastCorrectionReason", e.reason());
            }),
            rule(DossierDueSoonEvent.class, (e, f) -> f.put("dueSoonWarnedFor", e.dueAt())),
            rule(DossierOverdueEvent.class, (e, f) -> f.put("overdueSince", e.dueAt())),
            rule(ServiceRatedEvent.class, (e, f) -> f.put("rating", e.score())),
            rule(DocumentAttachedEvent.class, (e, f) -> appendTo(f, "documents", e.documentId())),
            rule(DocumentRegisteredEvent.class, (e, f) -> {
                f.put("dossierId", e.dossierId());
                f.put("sha256", e.sha256());
                f.put("sizeBytes", e.sizeBytes());
                f.put("mediaType", e.mediaType());
                f.put("originalName", e.originalName());
                f.put("digitization", "REGISTERED");
            }),
            rule(PageTextRecognizedEvent.class, (e, f) -> appendTo(f, "pagesRecognized", e.pageNumber())),
            rule(DigitizationCompletedEvent.class, (e, f) -> {
                f.put("digitization", "COMPLETED");
                f.put("pageCount", e.pageCount());
            }),
            rule(DigitizationFailedEvent.class, (e, f) -> {
                f.put("digitization", "FAILED");
                f.put("failure", e.failure());
            }));

    private RecordFields() {
    }

    static void apply(Object event, Map<String, Object> fields) {
        DossierStatusChange.after(event).ifPresent(status -> fields.put("status", status));
        BiConsumer<Object, Map<String, Object>> rule = RULES.get(event.getClass());
        if (rule != null) {
            rule.accept(event, fields);
        }
    }

    private static <E> Map.Entry<Class<?>, BiConsumer<Object, Map<String, Object>>> rule(
            Class<E> type, BiConsumer<E, Map<String, Object>> rule) {
        return Map.entry(type, (event, fields) -> rule.accept(type.cast(event), fields));
    }

    private static void appendTo(Map<String, Object> fields, String name, Object value) {
        List<Object> values = new ArrayList<>((List<?>) fields.getOrDefault(name, List.of()));
        values.add(value);
        fields.put(name, List.copyOf(values));
    }
}
