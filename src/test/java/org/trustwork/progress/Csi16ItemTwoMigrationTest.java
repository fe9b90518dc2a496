package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V26 turns CSI-16 item 2 round (All the time first): answers stored as positions before it must keep their meaning,
 * so they are mirrored, and only that item of that measure. Run on a database migrated up to V25 with old answers.
 */
class Csi16ItemTwoMigrationTest {

    @Test
    void stored_answers_to_item_2_are_mirrored_and_nothing_else_changes() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:csi16-migration;DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("25").load().migrate();

        // Only the rows the update reads; the couple and the accounts they point at do not matter here.
        jdbc.execute("set referential_integrity false");
        jdbc.update("insert into measure (id, version, code, name, definition_hash, created_at, updated_at) values "
                + "(1, 0, 'csi-16', 'CSI-16', 'x', current_timestamp, current_timestamp), "
                + "(2, 0, 'csi-4', 'CSI-4', 'x', current_timestamp, current_timestamp)");
        for (int id = 1; id <= 3; id++) {
            jdbc.update("insert into measure_response (id, version, couple_id, measure_id, partner_account_id, "
                    + "answered_at, answered_on, total_score, shared_with_partner, created_at, updated_at) values "
                    + "(?, 0, 1, ?, 1, current_timestamp, current_date, 40, false, current_timestamp, current_timestamp)",
                    id, id == 3 ? 2 : 1);
        }
        // Response 1: "Most of the time" was position 4 (old order Never..All the time); response 2: "Never", 0.
        jdbc.update("insert into measure_answer (response_id, item_key, answer_value) values "
                + "(1, 'going_well', 4), (1, 'happiness', 4), (2, 'going_well', 0), (3, 'going_well', 2)");
        jdbc.execute("set referential_integrity true");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("26").load().migrate();

        assertThat(jdbc.queryForObject("select answer_value from measure_answer where response_id = 1 "
                + "and item_key = 'going_well'", Integer.class)).as("Most of the time is now position 1").isEqualTo(1);
        assertThat(jdbc.queryForObject("select answer_value from measure_answer where response_id = 2 "
                + "and item_key = 'going_well'", Integer.class)).as("Never is now the last position").isEqualTo(5);
        assertThat(jdbc.queryForObject("select answer_value from measure_answer where response_id = 1 "
                + "and item_key = 'happiness'", Integer.class)).as("other items untouched").isEqualTo(4);
        assertThat(jdbc.queryForObject("select answer_value from measure_answer where response_id = 3",
                Integer.class)).as("another measure untouched").isEqualTo(2);
        jdbc.execute("drop all objects");
    }
}
