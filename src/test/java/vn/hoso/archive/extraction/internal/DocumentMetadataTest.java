package vn.hoso.archive.extraction.internal;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.extraction.ConfirmMetadataCommand;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.extraction.RejectMetadataCommand;
import vn.hoso.archive.extraction.SuggestMetadataCommand;

class DocumentMetadataTest {

    private static final String DOCUMENT = "doc-1";
    private static final String DOSSIER = "THANHOAI-251125-0001";
    private static final ExtractedValue PARCEL = new ExtractedValue(MetadataKind.LAND_PARCEL, "thửa 125, tờ 12", 10, 40,
            "Thửa đất số 125, tờ bản đồ số 12", LandParcelExtractor.NAME);
    private static final ExtractedValue NAME = new ExtractedValue(MetadataKind.PERSON_NAME, "Nguyễn Văn An", 50, 63,
            "Ông Nguyễn Văn An", PersonNameExtractor.NAME);

    private FixtureConfiguration<DocumentMetadata> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DocumentMetadata.class);
    }

    private static MetadataSuggestedEvent suggested(int id, ExtractedValue value, int page) {
        return new MetadataSuggestedEvent(DOCUMENT, DOSSIER, id, value.kind(), value.value(), page, value.start(),
                value.end(), value.snippet(), value.extractor());
    }

    @Test
    void suggestsWhatAPageHolds() {
        fixture.givenNoPriorActivity()
                .when(SuggestMetadataCommand.of(DOCUMENT, DOSSIER, 1, List.of(PARCEL, NAME)))
                .expectEvents(suggested(1, PARCEL, 1), suggested(2, NAME, 1));
    }

    @Test
    void aPageReadAgainSuggestsNothingNew() {
        fixture.given(suggested(1, PARCEL, 1), suggested(2, NAME, 1))
                .when(SuggestMetadataCommand.of(DOCUMENT, DOSSIER, 1, List.of(NAME, PARCEL, NAME)))
                .expectNoEvents();
    }

    @Test
    void theSameValueOnAnotherPageIsItsOwnSuggestion() {
        fixture.given(suggested(1, PARCEL, 1))
                .when(SuggestMetadataCommand.of(DOCUMENT, DOSSIER, 2, List.of(PARCEL, PARCEL)))
                .expectEvents(suggested(2, PARCEL, 2));
    }

    @Test
    void confirmsASuggestionAsFound() {
        fixture.given(suggested(1, PARCEL, 1))
                .when(ConfirmMetadataCommand.of(DOCUMENT, 1, null, "archivist-lan"))
                .expectEvents(new MetadataConfirmedEvent(DOCUMENT, DOSSIER, 1, MetadataKind.LAND_PARCEL,
                        "thửa 125, tờ 12", "thửa 125, tờ 12", false, "archivist-lan"));
    }

    @Test
    void confirmsASuggestionCorrectedByTheArchivist() {
        fixture.given(suggested(1, NAME, 1))
                .when(ConfirmMetadataCommand.of(DOCUMENT, 1, " Nguyễn Văn Ân ", "archivist-lan"))
                .expectEvents(new MetadataConfirmedEvent(DOCUMENT, DOSSIER, 1, MetadataKind.PERSON_NAME,
                        "Nguyễn Văn Ân", "Nguyễn Văn An", true, "archivist-lan"));
    }

    @Test
    void refusesACorrectionThatIsNotAValueOfTheKind() {
        fixture.given(suggested(1, PARCEL, 1))
                .when(ConfirmMetadataCommand.of(DOCUMENT, 1, "tờ 12", "archivist-lan"))
                .expectException(InvalidMetadataValueException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsASuggestion() {
        fixture.given(suggested(1, NAME, 1))
                .when(RejectMetadataCommand.of(DOCUMENT, 1, "archivist-lan"))
                .expectEvents(new MetadataRejectedEvent(DOCUMENT, DOSSIER, 1, MetadataKind.PERSON_NAME, "Nguyễn Văn An",
                        "archivist-lan"));
    }

    @Test
    void decidesEachSuggestionOnce() {
        fixture.given(suggested(1, NAME, 1), new MetadataConfirmedEvent(DOCUMENT, DOSSIER, 1, MetadataKind.PERSON_NAME,
                        "Nguyễn Văn An", "Nguyễn Văn An", false, "archivist-lan"))
                .when(RejectMetadataCommand.of(DOCUMENT, 1, "archivist-binh"))
                .expectException(SuggestionAlreadyDecidedException.class)
                .expectNoEvents();
        fixture.given(suggested(1, NAME, 1), new MetadataRejectedEvent(DOCUMENT, DOSSIER, 1, MetadataKind.PERSON_NAME,
                        "Nguyễn Văn An", "archivist-lan"))
                .when(ConfirmMetadataCommand.of(DOCUMENT, 1, null, "archivist-binh"))
                .expectException(SuggestionAlreadyDecidedException.class);
    }

    @Test
    void refusesAnUnknownSuggestion() {
        fixture.given(suggested(1, NAME, 1))
                .when(ConfirmMetadataCommand.of(DOCUMENT, 7, null, "archivist-lan"))
                .expectException(SuggestionNotFoundException.class);
    }
}
