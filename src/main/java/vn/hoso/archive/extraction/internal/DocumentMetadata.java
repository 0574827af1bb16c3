package vn.hoso.archive.extraction.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.hoso.archive.extraction.ConfirmMetadataCommand;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataIds;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.extraction.RejectMetadataCommand;
import vn.hoso.archive.extraction.SuggestMetadataCommand;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * The metadata suggested for one scanned document ({@code metadata:<documentId>}) and the archivists' decisions.
 * A kind and value is suggested once per page, so the page's text read again (a replay, a retried command) adds
 * nothing; each suggestion is decided once, confirmed (perhaps corrected) or rejected.
 */
@Aggregate
class DocumentMetadata {

    private record Suggestion(MetadataKind kind, String value, SuggestionStatus status) {
    }

    @AggregateIdentifier
    private String metadataId;
    private String documentId;
    private String dossierId;
    private final Map<Integer, Suggestion> suggestions = new HashMap<>();
    private final Set<String> suggestedOnPages = new HashSet<>();

    DocumentMetadata() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SuggestMetadataCommand command) {
        Set<String> suggestedNow = new HashSet<>();
        int nextId = suggestions.size() + 1;
        for (ExtractedValue value : command.values()) {
            String key = pageKey(command.pageNumber(), value.kind(), value.value());
            if (!suggestedOnPages.contains(key) && suggestedNow.add(key)) {
                apply(new MetadataSuggestedEvent(command.documentId(), command.dossierId(), nextId++, value.kind(),
                        value.value(), command.pageNumber(), value.start(), value.end(), value.snippet(),
                        value.extractor()));
            }
        }
    }

    @CommandHandler
    void handle(ConfirmMetadataCommand command) {
        Suggestion suggestion = undecided(command.suggestionId());
        String value = command.correctedValue() == null ? suggestion.value() : command.correctedValue().strip();
        if (!suggestion.kind().accepts(value)) {
            throw new InvalidMetadataValueException(suggestion.kind(), value);
        }
        apply(new MetadataConfirmedEvent(documentId, dossierId, command.suggestionId(), suggestion.kind(), value,
                suggestion.value(), !value.equals(suggestion.value()), command.confirmedBy()));
    }

    @CommandHandler
    void handle(RejectMetadataCommand command) {
        Suggestion suggestion = undecided(command.suggestionId());
        apply(new MetadataRejectedEvent(documentId, dossierId, command.suggestionId(), suggestion.kind(),
                suggestion.value(), command.rejectedBy()));
    }

    private Suggestion undecided(int suggestionId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        if (suggestion == null) {
            throw new SuggestionNotFoundException(documentId, suggestionId);
        }
        if (suggestion.status() != SuggestionStatus.SUGGESTED) {
            throw new SuggestionAlreadyDecidedException(suggestionId, suggestion.status());
        }
        return suggestion;
    }

    private static String pageKey(int pageNumber, MetadataKind kind, String value) {
        return pageNumber + ":" + MetadataExtractors.keyOf(kind, value);
    }

    @EventSourcingHandler
    void on(MetadataSuggestedEvent event) {
        metadataId = MetadataIds.of(event.documentId());
        documentId = event.documentId();
        dossierId = event.dossierId();
        suggestions.put(event.suggestionId(), new Suggestion(event.kind(), event.value(), SuggestionStatus.SUGGESTED));
        suggestedOnPages.add(pageKey(event.pageNumber(), event.kind(), event.value()));
    }

    @EventSourcingHandler
    void on(MetadataConfirmedEvent event) {
        suggestions.put(event.suggestionId(), new Suggestion(event.kind(), event.value(), SuggestionStatus.CONFIRMED));
    }

    @EventSourcingHandler
    void on(MetadataRejectedEvent event) {
        suggestions.put(event.suggestionId(), new Suggestion(event.kind(), event.value(), SuggestionStatus.REJECTED));
    }
}
