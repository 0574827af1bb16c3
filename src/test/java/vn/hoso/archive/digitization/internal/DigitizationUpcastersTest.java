package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DigitizationFailure;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

class DigitizationUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final DigitizationUpcasters upcasters = new DigitizationUpcasters();

    @Test
    void aPageStoredAtRevisionOneIsReadAsAnOcrResultOfTheFirstRun() {
        PageTextRecognizedEvent page = (PageTextRecognizedEvent) readStored(PageTextRecognizedEvent.class, """
                {"documentId":"doc-1","dossierId":"THANHOAI-251125-0001","pageNumber":2,"text":"ngày",
                 "meanWordConfidence":91.5,"wordCount":1,"durationMillis":800,"engine":"tesseract",
                 "engineVersion":"5.3.0","languages":"vie+eng","modelSha256":{"vie":"ab"}}""",
                upcasters.pageTextRecognizedRevision2());
        assertThat(page.run()).isEqualTo(1);
        assertThat(page.pageNumber()).isEqualTo(2);
        assertThat(page.source()).isEqualTo(PageTextRecognizedEvent.TextSource.OCR);
        assertThat(page.meanWordConfidence()).isEqualTo(91.5);
        assertThat(page.measures().needsReview()).isFalse();
        assertThat(page.provenance().modelSha256()).isEqualTo(Map.of("vie", "ab"));
        assertThat(page.uncertainWords()).isEmpty();
    }

    @Test
    void aFailureStoredAtRevisionOneIsRetriableWhenItsCodeIs() {
        DigitizationFailedEvent failure = (DigitizationFailedEvent) readStored(DigitizationFailedEvent.class, """
                {"documentId":"doc-1","dossierId":"THANHOAI-251125-0001","failure":"OCR_FAILED","detail":"x"}""",
                upcasters.digitizationFailedRevision2());
        assertThat(failure.failure()).isEqualTo(DigitizationFailure.OCR_FAILED);
        assertThat(failure.retriable()).isTrue();
    }

    private Object readStored(Class<?> type, String revisionOnePayload, EventUpcaster upcaster) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("ScannedDocument", "doc-1", 3, "event-1",
                Instant.now(), type.getName(), "1", revisionOnePayload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), serializer, upcaster)
                .next().getPayload();
    }
}
