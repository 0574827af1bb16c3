package vn.hoso.archive.extraction.internal;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.SuggestMetadataCommand;

/**
 * Reads every recognized page and every reviewed page's corrected text (its own tracking processor, so extraction
 * can be replayed or fall behind without holding up search or the read models) and suggests what the extractors
 * find. Replays are harmless: the {@link DocumentMetadata} aggregate suggests a kind and value once per page.
 */
@Component
@ProcessingGroup(MetadataExtractionProcessor.PROCESSING_GROUP)
class MetadataExtractionProcessor {

    static final String PROCESSING_GROUP = "metadata-extraction";
    static final Actor EXTRACTION = new Actor("system:extraction");

    private final CommandGateway commands;
    private final MetadataExtractors extractors = new MetadataExtractors();

    MetadataExtractionProcessor(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PageTextRecognizedEvent event) {
        suggest(event.documentId(), event.dossierId(), event.pageNumber(), event.text());
    }

    /** An archivist's corrected text may show values the recognized text garbled. */
    @EventHandler
    void on(PageReviewedEvent event) {
        suggest(event.documentId(), event.dossierId(), event.pageNumber(), event.correctedText());
    }

    private void suggest(String documentId, String dossierId, int pageNumber, String text) {
        List<ExtractedValue> found = extractors.extract(text);
        if (!found.isEmpty()) {
            commands.sendAndWait(SuggestMetadataCommand.of(documentId, dossierId, pageNumber, found),
                    MetaData.with(Actor.METADATA_KEY, EXTRACTION.name()));
        }
    }
}
