package org.trustwork.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per open UI: M therapists sign in (one HTTP session each); the heap after full GCs is read,
 * then every one opens the bare one-button view, then their live session; each step's growth divided by M is
 * that UI's cost. The bare view is measured in the same run and the same sessions, so the ratio is to the
 * framework's floor.
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
            warm.open("sessions/" + seats.getLast().sessionId());

            List<Tab> tabs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var tab = new Tab(app.baseUrl());
                tab.signIn(seats.get(i));
                tabs.add(tab);
            }
            long baseline = app.usedHeapKib();
            long baselineNodes = app.liveInstances(STATE_NODE);
            for (Tab tab : tabs) {
                tab.open("bench/bare");
                if (!tab.client().has("bare-button")) {
                    throw new IllegalStateException("The bare view did not render");
                }
            }
            long bare = app.usedHeapKib();
            long bareNodes = app.liveInstances(STATE_NODE);
            for (int i = 0; i < count; i++) {
                tabs.get(i).open("sessions/" + seats.get(i).sessionId());
                if (!tabs.get(i).client().has("session-notes")) {
                    throw new IllegalStateException("The live session did not render");
                }
            }
            long live = app.usedHeapKib();
            long liveNodes = app.liveInstances(STATE_NODE);
            return new Result(count, baseline, bare, live, baselineNodes, bareNodes, liveNodes);
        }
    }
}
