package org.trustwork.base.live;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open screens that something they show has changed, so they refresh without a reload (Vaadin Push).
 * A topic names a record, e.g. "session:42". Notices go out only after the change is committed, so a
 * screen that reloads on a notice always finds the new data.
 */
@Component
public class LiveUpdates {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** A listener's hold on a topic; cancel it when the screen closes. */
    public interface Subscription {
        void cancel();
    }

    /**
     * Calls {@code listener} after each committed change of the topic, on the committing thread; a view
     * passes a listener that hands the work to its UI with {@code ui.access(...)}.
     */
    public Subscription subscribe(String topic, Runnable listener) {
        listeners.computeIfAbsent(topic, key -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * For a screen, from its {@code onAttach}: redraws it on its own UI after each committed change of the topic,
     * as long as it is attached. A change made by a request of this very UI is skipped: every screen redraws
     * itself after its own changes, and a second read and redraw would double the work of every click.
     */
    public Subscription subscribe(String topic, com.vaadin.flow.component.Component screen, Runnable redraw) {
        UI ui = screen.getUI().orElseThrow(() -> new IllegalStateException("Subscribe once the screen is attached"));
        return subscribe(topic, () -> {
            if (UI.getCurrent() == ui) {
                return;
            }
            ui.access(() -> {
                if (screen.isAttached()) {
                    redraw.run();
                }
            });
        });
    }

    public void publish(String topic) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    notifyListeners(topic);
                }
            });
        } else {
            notifyListeners(topic);
        }
    }

    private void notifyListeners(String topic) {
        listeners.getOrDefault(topic, Set.of()).forEach(Runnable::run);
    }

    int listenerCount(String topic) {
        return listeners.getOrDefault(topic, Set.of()).size();
    }
}
