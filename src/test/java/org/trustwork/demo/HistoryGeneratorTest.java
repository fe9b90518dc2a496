package org.trustwork.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;

@TrustworkTest
class HistoryGeneratorTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    HistoryGenerator history;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demo_homework_carries_the_titles_a_therapist_would_give_it() {
        long id = clinic.newCouple(DemoClinic.RIVERA);
        history.generate(new HistoryGenerator.Plan(id, LocalDate.now().minusWeeks(6), 6, 3, 2, 4, 0.5, 0, 0, 7));

        var titles = jdbc.queryForList("""
                select a.title from homework_assignment a join practice p on p.id = a.practice_id
                where a.couple_id = ? and a.title = p.homework_title""", String.class, id);
        assertThat(titles).hasSize(12).noneMatch(t -> t.matches("Practice \\d+ at home"));
    }
}
