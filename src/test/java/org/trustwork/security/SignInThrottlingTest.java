package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountUnlocked;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;

/**
 * Password guessing is slowed down per e-mail and per address, without telling anyone whether an account
 * exists. Each test uses its own accounts and addresses, and moves the shared test clock instead of sleeping.
 */
@TrustworkTest
class SignInThrottlingTest {
    @Autowired
    TestClinic clinic;

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLogTestAccess audit;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "10.1.0." + ADDRESSES.incrementAndGet();
    }

    /** A partner of a fresh couple (partners have no second factor): a password-only account of our own. */
    private String freshPartner() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        return systemTask.callAsAdmin(() -> couples.allCouples()).stream().filter(c -> c.id() == coupleId)
                .findFirst().orElseThrow().partners().getFirst().email();
    }

    private void failTimes(String email, int times, String address) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(login(email, "wrong-" + i, address))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void five_wrong_passwords_pause_the_account_even_for_the_right_password_with_the_same_message() throws Exception {
        String email = freshPartner();
        failTimes(email, 5, newAddress());
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", newAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_pause_grows_1_2_4_minutes_and_ends_by_itself() throws Exception {
        String email = freshPartner();
        String right = DemoClinic.PASSWORD + "-long";
        failTimes(email, 5, newAddress());
        clock.advance(Duration.ofSeconds(59));
        mvc.perform(login(email, right, newAddress())).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(2));
        failTimes(email, 1, newAddress()); // the next failure pauses for 2 minutes
        clock.advance(Duration.ofSeconds(119));
        mvc.perform(login(email, right, newAddress())).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(2));
        failTimes(email, 1, newAddress()); // then 4
        clock.advance(Duration.ofMinutes(3));
        mvc.perform(login(email, right, newAddress())).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(login(email, right, newAddress()))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void failures_spread_over_more_than_15_minutes_do_not_pause() throws Exception {
        String email = freshPartner();
        failTimes(email, 4, newAddress());
        clock.advance(Duration.ofMinutes(16));
        failTimes(email, 4, newAddress());
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", newAddress()))
                .andExpect(authenticated());
    }

    @Test
    void unknown_emails_are_counted_and_answered_exactly_like_known_ones() throws Exception {
        String unknown = "nobody-" + ADDRESSES.incrementAndGet() + "@nowhere.example";
        failTimes(unknown, 5, newAddress());
        mvc.perform(login(unknown, "anything", newAddress()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(audit.latest(5)).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.SIGN_IN_FAILED);
            assertThat(event.getActorName()).isEqualTo(unknown);
            assertThat(event.getDetail()).isEqualTo("throttled");
        });
    }

    @Test
    void twenty_failures_from_one_address_pause_that_address_for_every_account() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            failTimes("guess-" + i + "-" + address + "@nowhere.example", 1, address);
        }
        String email = freshPartner();
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", address))
                .andExpect(unauthenticated());
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", newAddress()))
                .andExpect(authenticated());
    }

    @Test
    void the_email_is_counted_in_any_letter_case_and_with_spaces() throws Exception {
        String email = freshPartner();
        failTimes(email.toUpperCase(), 3, newAddress());
        failTimes("  " + email + " ", 2, newAddress());
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", newAddress()))
                .andExpect(unauthenticated());
    }

    @Test
    void an_admin_unlocking_the_account_lifts_the_pause() throws Exception {
        String email = freshPartner();
        failTimes(email, 5, newAddress());
        long accountId = accounts.credentialsFor(email).orElseThrow().accountId();
        events.publishEvent(new AccountUnlocked(accountId));
        mvc.perform(login(email, DemoClinic.PASSWORD + "-long", newAddress()))
                .andExpect(authenticated());
    }

    @Test
    void a_throttled_attempt_still_costs_a_password_hash() throws Exception {
        String email = freshPartner();
        failTimes(email, 5, newAddress());
        long start = System.nanoTime();
        failTimes(email, 1, newAddress());
        long throttled = System.nanoTime() - start;
        // bcrypt at strength 10 takes tens of milliseconds; an answer without a hash takes about one.
        assertThat(Duration.ofNanos(throttled)).isGreaterThan(Duration.ofMillis(15));
        start = System.nanoTime();
        failTimes("nobody-" + ADDRESSES.incrementAndGet() + "@nowhere.example", 1, newAddress());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(15));
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String email, String password,
                                                                                           String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", email).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
