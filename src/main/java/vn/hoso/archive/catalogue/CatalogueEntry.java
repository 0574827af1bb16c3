package vn.hoso.archive.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One procedure's rules over time: each import that changes them is a new revision in its event stream. */
@Aggregate
class CatalogueEntry {

    enum Outcome { DEFINED, REVISED, UNCHANGED }

    private record Rule(String name, Function<Procedure, Object> value) {
    }

    private static final List<Rule> RULES = List.of(new Rule("nameVi", Procedure::nameVi),
            new Rule("nameEn", Procedure::nameEn), new Rule("field", Procedure::field),
            new Rule("onlineLevel", Procedure::onlineLevel),
            new Rule("processingWorkingDays", Procedure::processingWorkingDays),
            new Rule("villageConfirmationRequired", Procedure::villageConfirmationRequired),
            new Rule("requiredDocuments", Procedure::requiredDocuments), new Rule("legalSource", Procedure::legalSource));

    @AggregateIdentifier
    private String entryId;
    private Procedure current;
    private int revision;

    CatalogueEntry() {
    }

    static String idOf(String procedureCode) {
        return "procedure:" + procedureCode;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Outcome handle(RecordProcedureCommand command) {
        if (current == null) {
            apply(new ProcedureDefinedEvent(command.procedure(), command.source()));
            return Outcome.DEFINED;
        }
        List<String> changed = changedFields(current, command.procedure());
        if (changed.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        apply(new ProcedureRevisedEvent(command.procedure(), revision + 1, changed, command.source()));
        return Outcome.REVISED;
    }

    private static List<String> changedFields(Procedure before, Procedure after) {
        return RULES.stream()
                .filter(rule -> !Objects.equals(rule.value().apply(before), rule.value().apply(after)))
                .map(Rule::name)
                .toList();
    }

    @EventSourcingHandler
    void on(ProcedureDefinedEvent event) {
        entryId = idOf(event.procedure().code());
        current = event.procedure();
        revision = 1;
    }

    @EventSourcingHandler
    void on(ProcedureRevisedEvent event) {
        current = event.procedure();
        revision = event.revision();
    }
}
