package vn.hoso.archive.eventstore;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A read model's changes gathered over the events of one event processor batch and written once, just before the
 * batch's transaction commits (with its token): a few JDBC batches or one bulk request per processor batch instead of
 * a write per event. Outside a unit of work (a handler called directly) the changes are written at once.
 */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    /**
     * Adds a change to the {@code changes} of {@code readModel} in the current batch, started with {@code start} and
     * written with {@code write} when the batch commits; a failing write rolls the whole batch back, so it is
     * retried, never skipped.
     */
    public static <T> void change(String readModel, Supplier<T> start, Consumer<T> change, Consumer<T> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            T changes = start.get();
            change.accept(changes);
            write.accept(changes);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        change.accept(batch.getOrComputeResource(ProcessorBatch.class.getName() + ":" + readModel, key -> {
            T changes = start.get();
            batch.onPrepareCommit(committing -> write.accept(changes));
            return changes;
        }));
    }
}
