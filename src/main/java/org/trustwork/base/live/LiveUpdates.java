package org.trustwork.base.live;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that something they show has changed, so they refresh without a reload (Vaadin Push).
 * A topic names a record, e.g. "session:42".
 * <p>
 * Notices go out only after the change is committed, so a screen that reloads on a notice always finds the new data;
 * and they are delivered off the committing request's thread: each screen redraws on a thread of its own, where the
 * services it calls run (and audit their reads) in transactions of their own, and the person who made the change
 * does not wait for everybody else's screens. With several instances on one PostgreSQL database a notice also
 * reaches the screens open on the other instances ({@link PostgresNotices}).
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final List<Remote> remoteHandlers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-update-", 0).factory());
    private volatile Consumer<String> toOtherInstances = topic -> { };
    /** Notices handed to a delivery thread and not yet delivered; guarded by itself. */
    private final int[] inFlight = {0};

    /** A listener's hold on a topic; cancel it when the screen closes. */
    public interface Subscription {
        void cancel();
    }

    /** A listener, told which screen made the change (null when it was not a screen on this instance). */
    private interface Listener {
        void changed(UI origin);
    }

    private record Remote(String prefix, Consumer<String> handler) {
    }

    /** Calls {@code listener} after each committed change of the topic, on a delivery thread. */
    public Subscription subscribe(String topic, Runnable listener) {
        return add(topic, origin -> listener.run());
    }

    /**
     * For a screen, from its {@code onAttach}: redraws it on its own UI after each committed change of the topic,
     * as long as it is attached. A change made by a request of this very UI is skipped: every screen redraws
     * itself after its own changes, and a second read and redraw would double the work of every click.
     */
    public Subscription subscribe(String topic, com.vaadin.flow.component.Component screen, Runnable redraw) {
        UI ui = screen.getUI().orElseThrow(() -> new IllegalStateException("Subscribe once the screen is attached"));
        return add(topic, origin -> {
            if (origin == ui) {
                return;
            }
            ui.access(() -> {
                if (screen.isAttached()) {
                    redraw.run();
                }
            });
        });
    }

    private Subscription add(String topic, Listener listener) {
        listeners.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * For notices that concern the instance rather than a screen (an account's sessions to end, say): the handler
     * gets every topic starting with {@code prefix} that another instance published. This instance's own are not
     * passed to it; the publisher acts on them directly.
     */
    public void onOtherInstances(String prefix, Consumer<String> handler) {
        remoteHandlers.add(new Remote(prefix, handler));
    }

    public void publish(String topic) {
        UI origin = UI.getCurrent();
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        // Sent inside a writing transaction: PostgreSQL then delivers it to the others on commit only (a read-only
        // transaction may not notify, so there it goes after the commit).
        boolean sendNow = !inTransaction || !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (sendNow) {
            toOtherInstances.accept(topic);
        }
        if (inTransaction) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (!sendNow) {
                        toOtherInstances.accept(topic);
                    }
                    deliver(topic, origin);
                }
            });
        } else {
            deliver(topic, origin);
        }
    }

    /** A notice another instance published (see {@link PostgresNotices}). */
    void receivedFromOtherInstance(String topic) {
        for (Remote remote : remoteHandlers) {
            if (topic.startsWith(remote.prefix())) {
                hand(() -> remote.handler().accept(topic));
            }
        }
        deliver(topic, null);
    }

    /** After the connection to the other instances was lost for a while: every open screen redraws once. */
    void refreshEverything() {
        listeners.keySet().forEach(topic -> deliver(topic, null));
    }

    void sendToOtherInstancesWith(Consumer<String> sender) {
        this.toOtherInstances = sender;
    }

    private void deliver(String topic, UI origin) {
        for (Listener listener : listeners.getOrDefault(topic, Set.of())) {
            hand(() -> {
                try {
                    listener.changed(origin);
                } catch (RuntimeException e) {
                    log.warn("A live update for {} failed: {}", topic, e.toString());
                }
            });
        }
    }

    private void hand(Runnable task) {
        synchronized (inFlight) {
            inFlight[0]++;
        }
        delivery.execute(() -> {
            try {
                task.run();
            } finally {
                synchronized (inFlight) {
                    inFlight[0]--;
                    inFlight.notifyAll();
                }
            }
        });
    }

    /**
     * Waits until every notice handed to a delivery thread so far has reached its listeners (for a screen: until its
     * redraw is queued on its UI). Used where something must follow the redraws, and by tests instead of polling.
     *
     * @return false when they were not all delivered within the timeout
     */
    public boolean awaitDelivered(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlight) {
            while (inFlight[0] > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(inFlight, left);
            }
            return true;
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
