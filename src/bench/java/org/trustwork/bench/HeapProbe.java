package org.trustwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per open UI: M therapists sign in (one HTTP session each) and open their live session once, so
 * that what a first opening caches is cached before anything is measured (with H2, which runs inside the app, the
 * database pages it reads; otherwise the cache's growth counts as the screen's). Live objects after full GCs are
 * read, then every one opens the bare one-button view, then an empty view inside the app's frame (main layout and
 * navigation), then their live session again, each in a new UI; each step's growth divided by M is that UI's cost.
 * The bare view is measured in the same run and the same sessions, so the ratio is to the framework's floor; the
 * empty framed view shows how much of a screen's cost is the frame every signed-in screen shares.
 */
final class HeapProbe {

    /** Vaadin's server-side state-tree nodes: one per element or component a UI keeps. */
    static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    /** One reading of live objects: their bytes and Vaadin's state nodes among them. */
    record Reading(long kib, long nodes) {
    }

    record Result(int uis, Reading baseline, Reading bare, Reading framed, Reading live) {

        double barePerUiKib() {
            return perUi(baseline.kib(), bare.kib());
        }

        double bareNodesPerUi() {
            return perUi(baseline.nodes(), bare.nodes());
        }

        double framedPerUiKib() {
            return perUi(bare.kib(), framed.kib());
        }

        double framedNodesPerUi() {
            return perUi(bare.nodes(), framed.nodes());
        }

        double livePerUiKib() {
            return perUi(framed.kib(), live.kib());
        }

        double liveNodesPerUi() {
            return perUi(framed.nodes(), live.nodes());
        }

        private double perUi(long before, long after) {
            return (after - before) / (double) uis;
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
            warm.open("bench/framed");
            openLive(warm, seats.getLast());

            List<Tab> tabs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var tab = new Tab(app.baseUrl());
                tab.signIn(seats.get(i));
                openLive(tab, seats.get(i));
                tabs.add(tab);
            }
            var baseline = reading(app);
            openEverywhere(tabs, "bench/bare", "bare-button");
            var bare = reading(app);
            openEverywhere(tabs, "bench/framed", "framed-view");
            var framed = reading(app);
            for (int i = 0; i < count; i++) {
                openLive(tabs.get(i), seats.get(i));
            }
            return new Result(count, baseline, bare, framed, reading(app));
        }
    }

    private static Reading reading(BenchApp app) throws Exception {
        var live = app.liveObjects(STATE_NODE);
        return new Reading(live.bytes() / 1024, live.instances());
    }

    private static void openEverywhere(List<Tab> tabs, String route, String expectedId) throws Exception {
        for (Tab tab : tabs) {
            tab.open(route);
            if (!tab.client().has(expectedId)) {
                throw new IllegalStateException("The view at " + route + " did not render");
            }
        }
    }

    private static void openLive(Tab tab, BenchData.Seat seat) throws Exception {
        tab.open("sessions/" + seat.sessionId());
        if (!tab.client().has("session-notes")) {
            throw new IllegalStateException("The live session did not render");
        }
    }
}
