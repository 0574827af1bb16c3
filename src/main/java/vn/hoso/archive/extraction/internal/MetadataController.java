package vn.hoso.archive.extraction.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.extraction.ConfirmMetadataCommand;
import vn.hoso.archive.extraction.MetadataSuggestion;
import vn.hoso.archive.extraction.MetadataSuggestions;
import vn.hoso.archive.extraction.RejectMetadataCommand;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * A document's metadata suggestions, and the archivist's decision on each: {@code GET /api/documents/{id}/metadata},
 * {@code POST …/metadata/{suggestionId}/confirmation} (optional {@code {"value": "…"}} to correct it) and
 * {@code POST …/metadata/{suggestionId}/rejection}.
 */
@RestController
class MetadataController {

    private final MetadataSuggestions suggestions;
    private final CommandGateway commands;
    private final CurrentActor currentActor;

    MetadataController(MetadataSuggestions suggestions, CommandGateway commands, CurrentActor currentActor) {
        this.suggestions = suggestions;
        this.commands = commands;
        this.currentActor = currentActor;
    }

    record DocumentMetadataView(String documentId, List<MetadataSuggestion> suggested,
                                List<MetadataSuggestion> confirmed, List<MetadataSuggestion> rejected) {
    }

    record ConfirmationRequest(@Size(min = 1, max = 200) String value) {
    }

    @GetMapping("/api/documents/{documentId}/metadata")
    DocumentMetadataView metadata(@PathVariable String documentId) {
        List<MetadataSuggestion> all = suggestions.forDocument(documentId)
                .orElseThrow(() -> ApiProblem.notFound("DOCUMENT_NOT_FOUND", documentId));
        return new DocumentMetadataView(documentId, withStatus(all, SuggestionStatus.SUGGESTED),
                withStatus(all, SuggestionStatus.CONFIRMED), withStatus(all, SuggestionStatus.REJECTED));
    }

    @PostMapping("/api/documents/{documentId}/metadata/{suggestionId}/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@PathVariable String documentId, @PathVariable int suggestionId,
                 @Valid @RequestBody(required = false) ConfirmationRequest request, HttpServletRequest http) {
        String correction = request == null ? null : request.value();
        Actor actor = currentActor.of(http);
        send(ConfirmMetadataCommand.of(documentId, suggestionId, correction, actor.name()), documentId, suggestionId,
                actor);
    }

    @PostMapping("/api/documents/{documentId}/metadata/{suggestionId}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable String documentId, @PathVariable int suggestionId, HttpServletRequest http) {
        Actor actor = currentActor.of(http);
        send(RejectMetadataCommand.of(documentId, suggestionId, actor.name()), documentId, suggestionId, actor);
    }

    private void send(Object command, String documentId, int suggestionId, Actor actor) {
        try {
            commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, actor.name()));
        } catch (AggregateNotFoundException | SuggestionNotFoundException unknown) {
            throw ApiProblem.notFound("SUGGESTION_NOT_FOUND", suggestionId, documentId);
        } catch (SuggestionAlreadyDecidedException decided) {
            throw ApiProblem.conflict("SUGGESTION_ALREADY_DECIDED", suggestionId, decided.status())
                    .with("currentStatus", decided.status());
        } catch (InvalidMetadataValueException invalid) {
            throw ApiProblem.badRequest("INVALID_METADATA_VALUE", invalid.kind()).with("kind", invalid.kind());
        }
    }

    private static List<MetadataSuggestion> withStatus(List<MetadataSuggestion> all, SuggestionStatus status) {
        return all.stream().filter(suggestion -> suggestion.status() == status).toList();
    }
}
