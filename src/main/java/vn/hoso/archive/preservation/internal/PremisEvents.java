package vn.hoso.archive.preservation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * PREMIS 3 for one dossier: an object per original (fixity, size, format, original name), an event per stored event
 * of the dossier's and its documents' streams (type, time, the payload as JSON, the actor as linking agent), and an
 * agent per actor.
 */
final class PremisEvents {

    private static final String PREMIS = "http://www.loc.gov/premis/v3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private PremisEvents() {
    }

    static byte[] of(DossierRecord dossier, ObjectMapper json) {
        XmlDocument premis = new XmlDocument("premis:premis", "xmlns:premis", PREMIS,
                "xmlns:xsi", XSI, "version", "3.0");
        dossier.documents().forEach(document -> object(premis, document));
        List<StoredEvent> events = Stream.concat(dossier.events().stream(),
                        dossier.documents().stream().flatMap(document -> document.events().stream()))
                .sorted(Comparator.comparing(StoredEvent::timestamp).thenComparing(StoredEvent::stream)
                        .thenComparingLong(StoredEvent::sequence))
                .toList();
        events.forEach(event -> event(premis, event, dossier.dossierId(), json));
        new TreeSet<>(events.stream().map(StoredEvent::actor).toList()).forEach(actor -> premis
                .open("premis:agent")
                .open("premis:agentIdentifier").text("premis:agentIdentifierType", "hoso-actor")
                .text("premis:agentIdentifierValue", actor).close()
                .text("premis:agentType", actor.startsWith("system:") ? "software" : "person")
                .close());
        return premis.finish();
    }

    private static void object(XmlDocument premis, DocumentRecord document) {
        premis.open("premis:object", "xsi:type", "premis:file")
                .open("premis:objectIdentifier").text("premis:objectIdentifierType", "hoso-document")
                .text("premis:objectIdentifierValue", document.documentId()).close()
                .open("premis:objectCharacteristics")
                .text("premis:compositionLevel", "0")
                .open("premis:fixity").text("premis:messageDigestAlgorithm", "SHA-256")
                .text("premis:messageDigest", document.sha256()).close()
                .text("premis:size", Long.toString(document.sizeBytes()))
                .open("premis:format").open("premis:formatDesignation")
                .text("premis:formatName", document.mediaType()).close().close()
                .close()
                .text("premis:originalName", document.originalName())
                .close();
    }

    private static void event(XmlDocument premis, StoredEvent event, String dossierId, ObjectMapper json) {
        premis.open("premis:event")
                .open("premis:eventIdentifier").text("premis:eventIdentifierType", "hoso-event")
                .text("premis:eventIdentifierValue", event.identifier()).close()
                .text("premis:eventType", event.type())
                .text("premis:eventDateTime", event.timestamp().toString())
                .open("premis:eventDetailInformation").text("premis:eventDetail", payload(event, json)).close()
                .open("premis:linkingAgentIdentifier").text("premis:linkingAgentIdentifierType", "hoso-actor")
                .text("premis:linkingAgentIdentifierValue", event.actor()).close()
                .open("premis:linkingObjectIdentifier")
                .text("premis:linkingObjectIdentifierType", event.stream().equals(dossierId) ? "hoso-dossier" : "hoso-document")
                .text("premis:linkingObjectIdentifierValue", event.stream()).close()
                .close();
    }

    private static String payload(StoredEvent event, ObjectMapper json) {
        try {
            return json.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.identifier() + " cannot be written as JSON", e);
        }
    }
}
