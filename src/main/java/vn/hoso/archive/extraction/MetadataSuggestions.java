package vn.hoso.archive.extraction;

import java.util.List;
import java.util.Optional;

/** The metadata suggested for scanned documents, with the archivists' decisions, from the read model. */
public interface MetadataSuggestions {

    /** The document's suggestions by page and position, or empty when no such document was registered. */
    Optional<List<MetadataSuggestion>> forDocument(String documentId);
}
