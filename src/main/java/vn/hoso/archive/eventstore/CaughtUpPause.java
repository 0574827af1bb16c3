package vn.hoso.archive.eventstore;

import java.time.Duration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A streaming event processor whose batch was not full has caught up with the store: once that batch has committed,
 * its thread waits a moment before taking the next, so the events stored meanwhile are handled in one transaction
 * with one token update instead of one each. Full batches (a replay, a backlog) never wait, and neither do
 * subscribing processors, whose batch runs inside the command's own unit of work.
 */
class CaughtUpPause implements MessageHandlerInterceptor<EventMessage<?>> {

    private final int batchSize;
    private final Duration pause;

    CaughtUpPause(int batchSize, Duration pause) {
        this.batchSize = batchSize;
        this.pause = pause;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork.isRoot() && unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()
                && batch.getMessages().size() < batchSize) {
            unitOfWork.afterCommit(committed -> waitAMoment());
        }
        return interceptorChain.proceed();
    }

    private void waitAMoment() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
