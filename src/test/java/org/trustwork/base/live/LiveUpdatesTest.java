package org.trustwork.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** How events reach their followers: by type and filter, after the commit, and across instances as JSON. */
class LiveUpdatesTest {

    record Done(long coupleId, long taskId) implements LiveEvent {
    }

    record Other(long coupleId) implements LiveEvent {
    }

    private final LiveUpdates here = new LiveUpdates();
    private final LiveUpdates elsewhere = new LiveUpdates();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        here.stop();
        elsewhere.stop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_follower_hears_only_its_type_and_the_records_it_shows() throws Exception {
        here.subscribe(Done.class, done -> done.coupleId() == 1, () -> heard.add("couple 1"));
        here.subscribe(Other.class, other -> true, () -> heard.add("other"));

        here.on(new Done(2, 7));
        here.on(new Done(1, 7));
        assertThat(here.awaitDelivered(Duration.ofSeconds(5))).isTrue();

        assertThat(heard).containsExactly("couple 1");
    }

    @Test
    void inside_a_transaction_nothing_is_delivered_before_the_commit() throws Exception {
        here.subscribe(Done.class, done -> true, () -> heard.add("done"));
        TransactionSynchronizationManager.initSynchronization();

        here.on(new Done(1, 7));
        assertThat(here.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(heard).isEmpty();

        List<org.springframework.transaction.support.TransactionSynchronization> registered =
                TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(registered);
        assertThat(here.awaitDelivered(Duration.ofSeconds(5))).isTrue();
        assertThat(heard).containsExactly("done");
    }

    @Test
    void another_instance_hears_the_same_event_and_its_fields() throws Exception {
        List<LiveEvent> received = new CopyOnWriteArrayList<>();
        here.sendToOtherInstancesWith(elsewhere::receivedFromOtherInstance);
        elsewhere.subscribe(Done.class, done -> {
            received.add(done);
            return done.taskId() == 7;
        }, () -> heard.add("elsewhere"));

        here.on(new Done(3, 7));
        assertThat(elsewhere.awaitDelivered(Duration.ofSeconds(5))).isTrue();

        assertThat(received).containsExactly(new Done(3, 7));
        assertThat(heard).containsExactly("elsewhere");
    }

    @Test
    void a_notice_that_names_a_class_which_is_no_event_is_ignored() throws Exception {
        elsewhere.subscribe(LiveEvent.class, event -> true, () -> heard.add("anything"));

        elsewhere.receivedFromOtherInstance("event java.lang.ProcessBuilder {\"command\":[\"true\"]}");
        elsewhere.receivedFromOtherInstance("event org.trustwork.base.live.NoSuchEvent {}");
        elsewhere.receivedFromOtherInstance("event " + Done.class.getName() + " not json");
        assertThat(elsewhere.awaitDelivered(Duration.ofSeconds(5))).isTrue();

        assertThat(heard).isEmpty();
    }

    @Test
    void an_instance_notice_reaches_the_handlers_of_its_prefix_on_the_other_instances_only() throws Exception {
        here.sendToOtherInstancesWith(elsewhere::receivedFromOtherInstance);
        here.onOtherInstances("end-sessions:", notice -> heard.add("here " + notice));
        elsewhere.onOtherInstances("end-sessions:", notice -> heard.add("elsewhere " + notice));
        elsewhere.onOtherInstances("something-else:", notice -> heard.add("wrong handler"));

        here.notifyOtherInstances("end-sessions:42:-");
        assertThat(elsewhere.awaitDelivered(Duration.ofSeconds(5))).isTrue();

        assertThat(heard).containsExactly("elsewhere end-sessions:42:-");
    }
}
