package org.trustwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per open UI: M therapists sign in (one HTTP session each) and open their live session once, so
 * that what a first opening caches is cached before anything is measured (with H2, which runs inside the app, the
 * database pages it reads; otherwise the cache's growth counts as the screen's). Live objects after full GCs are read, then every one opens the bare one-button view,
 * then their live session again in a new UI; each step's growth divided by M is that UI's cost. The bare view is
 * measured in the same run and the same sessions, so the ratio is to the framework's floor.
 */
final class HeapProbe {

    /** Vaadin's server-side state-tree nodes: one per element or component a UI keeps. */
    static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    record Result(int uis, long baselineKib, long bareKib, long liveKib, long baselineNodes, long bareNodes,
                  long liveNodes) {

        double bareNodesPerUi() {
            return (bareNodes - baselineNodes) / (double) uis;
        }

        double liveNodesPerUi() {
            return (liveNodes - bareNodes) / (double) uis;
        }

        double barePerUiKib() {
            return (bareKib - baselineKib) / (double) uis;
        }

        double livePerUiKib() {
            return (liveKib - bareKib) / (double) uis;
        }
    }

    private HeapProbe() {
    }

    static Result run() throws Exception {
        var seats = BenchData.seats();
        int count = Math.min(BenchConfig.heapUis(), seats.size());
        try (var app = new BenchApp(BenchData.freshCopy("heap"), BenchData.seedFile(), "heap")) {
            app.start();
            // warm up the code paths once (class loading, JIT, caches), in a session that is then dropped
            var warm = new Tab(app.baseUrl());
            warm.signIn(seats.getLast());
            warm.open("bench/bare");
            openLive(warm, seats.getLast());

            List<Tab> tabs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var tab = new Tab(app.baseUrl());
                tab.signIn(seats.get(i));
                openLive(tab, seats.get(i));
                tabs.add(tab);
            }
            var baseline = app.liveObjects(STATE_NODE);
            for (Tab tab : tabs) {
                tab.open("bench/bare");
                if (!tab.client().has("bare-button")) {
                    throw new IllegalStateException("The bare view did not render");
                }
            }
            var bare = app.liveObjects(STATE_NODE);
            for (int i = 0; i < count; i++) {
                openLive(tabs.get(i), seats.get(i));
            }
            var live = app.liveObjects(STATE_NODE);
            return new Result(count, baseline.bytes() / 1024, bare.bytes() / 1024, live.bytes() / 1024,
                    baseline.instances(), bare.instances(), live.instances());
        }
    }

    private static void openLive(Tab tab, BenchData.Seat seat) throws Exception {
        tab.open("sessions/" + seat.sessionId());
        if (!tab.client().has("session-notes")) {
            throw new IllegalStateException("The live session did not render");
        }
    }
}
