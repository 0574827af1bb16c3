package vn.hoso.archive.digitization.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DigitizationFailure;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

/**
 * Reads events stored at revision 1 as revision 2. A revision-1 page was an OCR result of run 1 whose coverage,
 * quality, rotation and skew were not recorded (0 here, and it is not queued for review); a revision-1 failure is
 * retriable when its code says so.
 */
@Configuration(proxyBeanMethods = false)
class DigitizationUpcasters {

    @Bean
    SingleEventUpcaster pageTextRecognizedRevision2() {
        return new RevisionOneToTwo(PageTextRecognizedEvent.class, DigitizationUpcasters::pageRevision2);
    }

    @Bean
    SingleEventUpcaster digitizationFailedRevision2() {
        return new RevisionOneToTwo(DigitizationFailedEvent.class, failure -> failure.put("retriable",
                DigitizationFailure.valueOf(failure.get("failure").asText()).retriable()));
    }

    private static ObjectNode pageRevision2(ObjectNode v1) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode measures = nodes.objectNode()
                .put("meanWordConfidence", v1.path("meanWordConfidence").asDouble())
                .put("wordCount", v1.path("wordCount").asInt())
                .put("coverage", 0.0).put("quality", 0.0).put("rotationDegrees", 0).put("skewDegrees", 0.0)
                .put("durationMillis", v1.path("durationMillis").asLong())
                .put("needsReview", false);
        ObjectNode provenance = nodes.objectNode()
                .put("engine", v1.path("engine").asText())
                .put("engineVersion", v1.path("engineVersion").asText())
                .put("languages", v1.path("languages").asText())
                .putNull("parameters");
        provenance.set("modelSha256", v1.path("modelSha256"));
        ObjectNode v2 = nodes.objectNode()
                .put("documentId", v1.path("documentId").asText())
                .put("dossierId", v1.path("dossierId").asText())
                .put("run", 1)
                .put("pageNumber", v1.path("pageNumber").asInt());
        v2.set("text", v1.path("text"));
        v2.put("source", PageTextRecognizedEvent.TextSource.OCR.name());
        v2.set("measures", measures);
        v2.set("provenance", provenance);
        v2.set("uncertainWords", nodes.arrayNode());
        v2.putNull("pageImageKey");
        return v2;
    }

    private static final class RevisionOneToTwo extends SingleEventUpcaster {

        private final SimpleSerializedType revisionOne;
        private final SimpleSerializedType revisionTwo;
        private final UnaryOperator<ObjectNode> change;

        RevisionOneToTwo(Class<?> event, UnaryOperator<ObjectNode> change) {
            this.revisionOne = new SimpleSerializedType(event.getName(), "1");
            this.revisionTwo = new SimpleSerializedType(event.getName(), "2");
            this.change = change;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(revisionOne);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(revisionTwo, JsonNode.class,
                    payload -> change.apply(((ObjectNode) payload).deepCopy()));
        }
    }
}
