package org.trustwork.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.TimerSnapshot;

/**
 * Session time and the current item's time left. The server computes the figures; the browser script
 * in frontend/scripts/session-timer.js makes them tick between snapshots without asking the server.
 */
class TimerDisplay extends Div {

    /** Like the script's WARN_MS: from here on the session's time left is shown as a warning. */
    static final long WARN_MILLIS = 5 * 60_000L;

    private final Span elapsed = part("elapsed");
    private final Span left = part("left");
    private final Span state = part("state");
    private final Span item = part("item");
    private TimerSnapshot snapshot;

    TimerDisplay() {
        addClassName("tw-timer");
        setId("session-timer");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-label", "Session time");
        // The timer itself is not read out every second; a change of state (nearly time, over time) is.
        state.getElement().setAttribute("aria-live", "polite");
        add(elapsed, left, state, item);
    }

    private static Span part(String name) {
        var span = new Span();
        span.getElement().setAttribute("data-part", name);
        return span;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://scripts/session-timer.js");
        if (snapshot != null) {
            show(snapshot);
        }
    }

    void show(TimerSnapshot timer) {
        snapshot = timer;
        // Server-side text, so the figures are right before the script runs and for tests without a browser;
        // session-timer.js words them the same way.
        elapsed.setText(format(timer.sessionElapsedMillis()));
        long remaining = timer.plannedMillis() - timer.sessionElapsedMillis();
        long itemRemaining = timer.currentItemTimeBoxMillis() - timer.currentItemElapsedMillis();
        switch (timer.status()) {
            case PLANNED -> {
                left.setText(format(timer.plannedMillis()) + " planned");
                state.setText("");
                item.setText("");
            }
            case ENDED -> {
                left.setText("in total");
                state.setText("Session ended");
                item.setText("");
            }
            default -> {
                left.setText(remaining >= 0 ? format(remaining) + " left" : format(-remaining) + " over");
                state.setText(timer.status() == SessionStatus.PAUSED ? "⏸ Paused"
                        : remaining <= 0 ? "⚠ Over the planned time"
                        : remaining <= WARN_MILLIS ? "⚠ Less than 5 minutes left" : "");
                item.setText(timer.currentItemId() == null ? ""
                        : itemRemaining >= 0 ? format(itemRemaining) + " left on this item"
                        : "⚠ " + format(-itemRemaining) + " over on this item");
            }
        }
        getElement().executeJs("""
                        const show = () => window.TrustworkTimer.show(this, $0, $1, $2, $3, $4, $5);
                        if (window.TrustworkTimer) { show(); }
                        else { document.addEventListener('trustwork-timer-ready', show, { once: true }); }
                        """, (double) timer.sessionElapsedMillis(), (double) timer.plannedMillis(),
                (double) timer.currentItemElapsedMillis(), (double) timer.currentItemTimeBoxMillis(),
                timer.running(), timer.status().name());
    }

    String leftText() {
        return left.getText();
    }

    String stateText() {
        return state.getText();
    }

    String elapsedText() {
        return elapsed.getText();
    }

    String itemText() {
        return item.getText();
    }

    static String format(long millis) {
        long total = millis / 1000;
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds)
                : String.format("%d:%02d", minutes, seconds);
    }
}
