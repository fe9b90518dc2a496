package org.trustwork.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands the {@link LiveEvent}s features publish to the open screens that follow them, so they refresh without a
 * reload (Vaadin Push).
 * <p>
 * Events reach the screens only after the change is committed, so a screen that reloads always finds the new data;
 * and they are delivered off the committing request's thread: each screen redraws on a thread of its own, where the
 * services it calls run (and audit their reads) in transactions of their own, and the person who made the change
 * does not wait for everybody else's screens. With several instances on one PostgreSQL database an event also
 * reaches the screens open on the other instances ({@link PostgresNotices}).
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** Marks a notice between instances that carries an event (the others are instance notices, see below). */
    private static final String EVENT = "event ";

    private final List<Follower<?>> followers = new CopyOnWriteArrayList<>();
    private final List<Remote> remoteHandlers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-update-", 0).factory());
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile Consumer<String> toOtherInstances = notice -> { };
    /** Deliveries handed to a delivery thread and not yet done; guarded by itself. */
    private final int[] inFlight = {0};

    /** A hold on an event type; cancel it when its listener goes away. */
    public interface Subscription {
        void cancel();
    }

    /**
     * One listener for events of a type that pass a filter. {@code origin} is the screen that made the change
     * (null when it was not a screen on this instance); {@code event} is null when every screen should redraw.
     */
    private record Follower<E extends LiveEvent>(Class<E> type, Predicate<? super E> which, Listener listener) {
        boolean wants(LiveEvent event) {
            return event == null || type.isInstance(event) && which.test(type.cast(event));
        }
    }

    private interface Listener {
        void changed(UI origin);
    }

    private record Remote(String prefix, Consumer<String> handler) {
    }

    /**
     * For a screen: redraws it on its own UI after each committed event of {@code type} that passes {@code which},
     * while it is attached (it starts following on attach, now if it is attached already, and stops on detach).
     * A change made by a request of this very UI is skipped: every screen redraws itself after its own changes, and
     * a second read and redraw would double the work of every click.
     */
    public <E extends LiveEvent> Registration follow(Component screen, Class<E> type, Predicate<? super E> which,
                                                     Runnable redraw) {
        Subscription[] current = {null};
        Consumer<UI> start = ui -> {
            if (current[0] == null) {
                current[0] = add(new Follower<>(type, which, origin -> {
                    if (origin == ui) {
                        return;
                    }
                    ui.access(() -> {
                        if (screen.isAttached()) {
                            redraw.run();
                        }
                    });
                }));
            }
        };
        Runnable stop = () -> {
            if (current[0] != null) {
                current[0].cancel();
                current[0] = null;
            }
        };
        screen.getUI().ifPresent(start);
        Registration attach = screen.addAttachListener(event -> start.accept(event.getUI()));
        Registration detach = screen.addDetachListener(event -> stop.run());
        return () -> {
            attach.remove();
            detach.remove();
            stop.run();
        };
    }

    /** For code that is not a screen: calls {@code listener} after each committed event that passes, on a delivery thread. */
    public <E extends LiveEvent> Subscription subscribe(Class<E> type, Predicate<? super E> which, Runnable listener) {
        return add(new Follower<>(type, which, origin -> listener.run()));
    }

    private Subscription add(Follower<?> follower) {
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    /** Every {@link LiveEvent} a feature publishes, in the publishing transaction. */
    @EventListener
    public void on(LiveEvent event) {
        UI origin = UI.getCurrent();
        afterCommit(EVENT + event.getClass().getName() + " " + json.writeValueAsString(event),
                () -> deliver(event, origin));
    }

    /**
     * An instance notice: something every instance must do that is not about a screen (end an account's sessions,
     * say). It goes to the handlers registered with {@link #onOtherInstances} on the other instances, after the
     * commit; this instance acts on it directly.
     */
    public void notifyOtherInstances(String notice) {
        afterCommit(notice, () -> { });
    }

    private void afterCommit(String notice, Runnable local) {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        // Sent inside a writing transaction: PostgreSQL then delivers it to the others on commit only (a read-only
        // transaction may not notify, so there it goes after the commit).
        boolean sendNow = !inTransaction || !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (sendNow) {
            toOtherInstances.accept(notice);
        }
        if (inTransaction) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    if (!sendNow) {
                        toOtherInstances.accept(notice);
                    }
                    local.run();
                }
            });
        } else {
            local.run();
        }
    }

    /**
     * For notices that concern the instance rather than a screen: the handler gets every notice starting with
     * {@code prefix} that another instance sent.
     */
    public void onOtherInstances(String prefix, Consumer<String> handler) {
        remoteHandlers.add(new Remote(prefix, handler));
    }

    /** A notice another instance sent (see {@link PostgresNotices}). */
    void receivedFromOtherInstance(String notice) {
        if (notice.startsWith(EVENT)) {
            decode(notice.substring(EVENT.length())).ifPresent(event -> deliver(event, null));
            return;
        }
        for (Remote remote : remoteHandlers) {
            if (notice.startsWith(remote.prefix())) {
                hand(() -> remote.handler().accept(notice));
            }
        }
    }

    private Optional<LiveEvent> decode(String typeAndJson) {
        int space = typeAndJson.indexOf(' ');
        try {
            Class<?> type = Class.forName(typeAndJson.substring(0, space), false, LiveEvent.class.getClassLoader());
            // only this application's events are read (a notice is never a way to make this instance load a class)
            if (!LiveEvent.class.isAssignableFrom(type) || !type.isRecord()) {
                throw new IllegalArgumentException("not a live event: " + type.getName());
            }
            return Optional.of((LiveEvent) json.readValue(typeAndJson.substring(space + 1), type));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("A notice from another instance was not understood: {}", e.toString());
            return Optional.empty();
        }
    }

    /** After the connection to the other instances was lost for a while: every open screen redraws once. */
    void refreshEverything() {
        deliver(null, null);
    }

    void sendToOtherInstancesWith(Consumer<String> sender) {
        this.toOtherInstances = sender;
    }

    private void deliver(LiveEvent event, UI origin) {
        for (Follower<?> follower : followers) {
            if (follower.wants(event)) {
                hand(() -> {
                    try {
                        follower.listener().changed(origin);
                    } catch (RuntimeException e) {
                        log.warn("A live update for {} failed: {}", event, e.toString());
                    }
                });
            }
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
     * Waits until every event handed to a delivery thread so far has reached its listeners (for a screen: until
     * its redraw is queued on its UI). For tests, instead of polling.
     *
     * @return false when they were not all delivered within the timeout
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlight) {
            while (inFlight[0] > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(inFlight, left);
            }
            return true;
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
