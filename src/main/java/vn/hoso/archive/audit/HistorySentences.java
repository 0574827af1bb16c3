package vn.hoso.archive.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.ReOcrRequestedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent;
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
import vn.hoso.archive.dossier.DossierWithdrawnEvent;
import vn.hoso.archive.dossier.ForwardedToVillageEvent;
import vn.hoso.archive.dossier.ResultIssuedEvent;
import vn.hoso.archive.dossier.ResultReturnedEvent;
import vn.hoso.archive.dossier.ServiceRatedEvent;
import vn.hoso.archive.dossier.SupplementReceivedEvent;
import vn.hoso.archive.dossier.SupplementRequestedEvent;
import vn.hoso.archive.dossier.VillageReplyRecordedEvent;

/**
 * Tells an event as a sentence in the reader's language: the bundle key {@code history.<event type>} filled with
 * who acted ({@code history.actor.<role>}) and the event's own details. Times are shown in the office's time zone.
 */
@Component
class HistorySentences {

    private static final DateTimeFormatter OFFICE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final Map<Class<?>, Function<Object, List<Object>>> DETAILS = Map.ofEntries(
            details(DossierReceivedEvent.class, e -> List.of(e.dossierId(), e.procedureCode(), e.applicant().name(),
                    word("history.channel." + e.channel()), time(e.dueAt()))),
            details(DossierAssignedEvent.class, e -> List.of(text(e.official()), text(e.department()))),
            details(ForwardedToVillageEvent.class, e -> List.of(e.village(), text(e.purpose()))),
            details(VillageReplyRecordedEvent.class, e -> List.of(text(e.village()),
                    word("history.confirmed." + e.confirmed()), text(e.note()))),
            details(SupplementRequestedEvent.class, e -> List.of(String.join(", ", e.missingDocuments()),
                    text(e.reason()), e.remainingWorkingDays())),
            details(SupplementReceivedEvent.class, e -> List.of(String.join(", ", e.receivedDocuments()),
                    time(e.dueAt()))),
            details(ResultIssuedEvent.class, e -> List.of(e.resultNumber(), time(e.issuedAt()),
                    word("history.late." + e.late()))),
            details(ResultReturnedEvent.class, e -> List.of(time(e.returnedAt()))),
            details(DossierRejectedEvent.class, e -> List.of(text(e.reason()))),
            details(DossierWithdrawnEvent.class, e -> List.of(text(e.reason()))),
            details(ApologyIssuedEvent.class, e -> List.of(text(e.reason()), time(e.newAppointmentAt()))),
            details(DossierArchivedEvent.class, e -> List.of(time(e.archivedAt()))),
            details(ArchiveRecordRegisteredEvent.class, e -> List.of(e.box(), e.folder(), e.item(), e.originalDate())),
            details(DossierCorrectedEvent.class, e -> List.of(e.field(), text(e.correctedValue()), text(e.reason()),
                    text(e.referencesResult()))),
            details(ServiceRatedEvent.class, e -> List.of(e.score(), e.channel())),
            details(DocumentAttachedEvent.class, e -> List.of(e.documentId(), text(e.originalName()))),
            details(DossierDueSoonEvent.class, e -> List.of(time(e.dueAt()))),
            details(DossierOverdueEvent.class, e -> List.of(time(e.dueAt()))),
            details(DocumentRegisteredEvent.class, e -> List.of(text(e.originalName()), text(e.mediaType()),
                    e.sizeBytes(), e.sha256())),
            details(PageTextRecognizedEvent.class, e -> List.of(e.pageNumber(), e.measures().wordCount(),
                    String.format(Locale.ROOT, "%.0f%%", e.meanWordConfidence()))),
            details(DuplicateDetectedEvent.class, e -> List.of(e.originalDocumentId(), e.sha256())),
            details(SearchablePdfProducedEvent.class, e -> List.of(e.run(), e.pageCount(), e.conformance())),
            details(PageReviewedEvent.class, e -> List.of(e.pageNumber(), e.run())),
            details(ReOcrRequestedEvent.class, e -> List.of(e.run(), text(e.languages()), text(e.reason()))),
            details(DigitizationCompletedEvent.class, e -> List.of(e.documentId(), e.pageCount())),
            details(DigitizationFailedEvent.class, e -> List.of(e.documentId(), e.failure())),
            details(ArchiveAnchoredEvent.class, e -> List.of(e.upToGlobalIndex(), e.root(), e.streams())));

    private final MessageSource messages;

    HistorySentences(MessageSource messages) {
        this.messages = messages;
    }

    String tell(Object payload, String actor, ActorRole role, Locale locale) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(new DefaultMessageSourceResolvable(new String[] {"history.actor." + role}, new Object[] {actor}));
        Function<Object, List<Object>> details = DETAILS.get(payload.getClass());
        String key = details == null ? "history.other" : "history." + payload.getClass().getSimpleName();
        arguments.addAll(details == null ? List.of(payload.getClass().getSimpleName()) : details.apply(payload));
        return messages.getMessage(key, arguments.toArray(), locale);
    }

    private static <E> Map.Entry<Class<?>, Function<Object, List<Object>>> details(
            Class<E> type, Function<E, List<Object>> details) {
        return Map.entry(type, payload -> details.apply(type.cast(payload)));
    }

    private static MessageSourceResolvable word(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : OFFICE_TIME.format(instant);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
