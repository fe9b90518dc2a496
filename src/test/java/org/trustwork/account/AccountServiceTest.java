package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;

@TrustworkTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_creates_a_therapist_who_can_then_be_found() {
        accounts.createAccount(new NewAccount("Dr Ana Lind", " Ana.Lind@Clinic.Example ", "a long enough secret",
                Role.THERAPIST));

        assertThat(accounts.findAccounts(new org.trustwork.account.AccountFilter("lind", null, null), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.email()).isEqualTo("ana.lind@clinic.example");
                    assertThat(a.role()).isEqualTo(Role.THERAPIST);
                });
        assertThat(accounts.credentialsFor("ANA.LIND@clinic.example")).isPresent()
                .get().satisfies(c -> assertThat(c.passwordHash()).startsWith("{bcrypt-sha256}$2a$10$"));
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void search_wildcards_typed_by_the_user_are_taken_literally_and_an_empty_search_lists_everyone() {
        assertThat(accounts.findAccounts(new org.trustwork.account.AccountFilter("%", null, null), PageRequest.of(0, 50))).isEmpty();
        assertThat(accounts.findAccounts(new org.trustwork.account.AccountFilter("_", null, null), PageRequest.of(0, 50))).isEmpty();
        assertThat(accounts.findAccounts(new org.trustwork.account.AccountFilter("", null, null), PageRequest.of(0, 50))).hasSizeGreaterThanOrEqualTo(9);
        assertThat(accounts.countAccounts(new org.trustwork.account.AccountFilter(null, null, null))).isGreaterThanOrEqualTo(9);
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void the_same_email_in_other_letter_case_is_refused() {
        assertThatThrownBy(() -> accounts.createAccount(
                new NewAccount("Someone", "ELENA.RIVERA@trustwork.example", "a long enough secret", Role.THERAPIST)))
                .isInstanceOf(EmailAlreadyInUseException.class)
                .hasMessageContaining("elena.rivera@trustwork.example");
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void a_short_password_or_a_malformed_email_is_refused_with_a_reason() {
        assertThatThrownBy(() -> accounts.createAccount(
                new NewAccount("Short", "short@clinic.example", "too short", Role.THERAPIST)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("12 to 128 characters");
        assertThatThrownBy(() -> accounts.createAccount(
                new NewAccount("Bad", "not-an-email", "a long enough secret", Role.THERAPIST)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("valid e-mail");
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_cannot_create_or_list_accounts() {
        assertThatThrownBy(() -> accounts.createAccount(
                new NewAccount("Sneaky", "sneaky@clinic.example", "a long enough secret", Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.findAccounts(new org.trustwork.account.AccountFilter(null, null, null), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
