package org.trustwork.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.trustwork.base.domain.Text;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityContextHolderStrategy contextHolder;
    private final InvitationService invitations;
    private final ApplicationEventPublisher events;
    private final TherapistCaseloads caseloads;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   SecurityContextHolderStrategy contextHolder, InvitationService invitations,
                   ApplicationEventPublisher events, TherapistCaseloads caseloads) {
        this.caseloads = caseloads;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.contextHolder = contextHolder;
        this.invitations = invitations;
        this.events = events;
    }

    /**
     * Opens an account. Without a password in the form (as from every admin screen) it gets a random one that
     * nobody knows, and the person chooses their own through {@link InvitationService#invite}.
     */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public AccountSummary createAccount(@Valid NewAccount form) {
        String email = UserAccount.normaliseEmail(form.getEmail());
        if (accounts.existsByEmail(email)) {
            throw new EmailAlreadyInUseException(email);
        }
        String password = form.getInitialPassword() == null ? unknowablePassword() : form.getInitialPassword();
        var account = accounts.saveAndFlush(new UserAccount(email, form.getDisplayName(),
                passwordEncoder.encode(password), form.getRole()));
        events.publishEvent(new AccountChanged(account.getId(), email,
                "account opened as " + form.getRole().label().toLowerCase(), false));
        return AccountSummary.of(account);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<AccountSummary> findAccounts(AccountFilter filter, Pageable page) {
        return accounts.search(Text.searchNeedle(filter.text()), filter.role() == null,
                        filter.role() == null ? Role.ADMIN : filter.role(), filter.active() == null,
                        filter.active() == null || filter.active(), page)
                .map(AccountSummary::of).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public long countAccounts(AccountFilter filter) {
        return accounts.countMatching(Text.searchNeedle(filter.text()), filter.role() == null,
                filter.role() == null ? Role.ADMIN : filter.role(), filter.active() == null,
                filter.active() == null || filter.active());
    }

    /** Ends the account's use of Trustwork at once (open sessions too); everything it holds is kept. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public AccountSummary deactivate(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getEmail().equals(contextHolder.getContext().getAuthentication().getName())) {
            throw new AccountRefusedException("You cannot deactivate your own account.");
        }
        requireAnotherAdmin(account);
        account.changeEnabled(false);
        events.publishEvent(new AccountChanged(accountId, account.getEmail(), "account deactivated", false));
        events.publishEvent(new AccountDeactivated(accountId));
        return AccountSummary.of(account);
    }

    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public AccountSummary reactivate(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.changeEnabled(true);
        events.publishEvent(new AccountChanged(accountId, account.getEmail(), "account reactivated", false));
        return AccountSummary.of(account);
    }

    /** Lifts a sign-in pause after too many wrong passwords. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public void unlock(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        events.publishEvent(new AccountChanged(accountId, account.getEmail(), "sign-in pause lifted", false));
        events.publishEvent(new AccountUnlocked(accountId));
    }

    /** The old password stops working at once; the person chooses a new one through a fresh link. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public InvitationService.IssuedLink resetPassword(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(unknowablePassword()));
        return invitations.issue(account, Invitation.Purpose.RESET);
    }

    /** Between the two staff roles only; partners belong to a couple. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public AccountSummary changeRole(long accountId, Role role) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getRole() == role) {
            return AccountSummary.of(account);
        }
        if (account.getRole() == Role.PARTNER || role == Role.PARTNER) {
            throw new AccountRefusedException("Partners belong to a couple; their role cannot change.");
        }
        long couplesInTheirCare = caseloads.couplesOf(accountId);
        if (couplesInTheirCare > 0) {
            throw new AccountRefusedException("Move this therapist's " + couplesInTheirCare
                    + " couple(s) to another therapist first.");
        }
        requireAnotherAdmin(account);
        Role before = account.getRole();
        account.changeRole(role);
        events.publishEvent(new AccountChanged(accountId, account.getEmail(),
                "role changed from " + before.label().toLowerCase() + " to " + role.label().toLowerCase(), false));
        return AccountSummary.of(account);
    }

    private void requireAnotherAdmin(UserAccount account) {
        if (account.getRole() == Role.ADMIN && account.isEnabled() && accounts.countByRoleAndEnabledTrue(Role.ADMIN) < 2) {
            throw new AccountRefusedException("This is the clinic's last active admin account. Make another admin first.");
        }
    }

    private static String unknowablePassword() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<AccountSummary> therapists() {
        return accounts.findByRoleOrderByDisplayName(Role.THERAPIST).stream().map(AccountSummary::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public boolean emailInUse(String email) {
        return accounts.existsByEmail(UserAccount.normaliseEmail(email));
    }

    /** The account itself, for features that link records to it; refuses an account with another role. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public UserAccount accountWithRole(Long accountId, Role role) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == role)
                .orElseThrow(() -> new IllegalArgumentException("No " + role.label().toLowerCase() + " with that id"));
    }

    /** The signed-in person's own account, for features that record who did something. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserAccount myAccount() {
        String login = contextHolder.getContext().getAuthentication().getName();
        return accounts.findByEmail(login).orElseThrow(() -> new IllegalStateException("No account for " + login));
    }

    /** For sign-in only, before anyone is authenticated. */
    @Transactional(readOnly = true)
    public Optional<LoginCredentials> credentialsFor(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(a -> new LoginCredentials(a.getId(), a.getEmail(), a.getDisplayName(), a.getPasswordHash(),
                        a.getRole(), a.isEnabled()));
    }

    /** Called by the security layer after a successful sign-in. */
    @Transactional
    public void recordSuccessfulLogin(long accountId) {
        accounts.findById(accountId).ifPresent(account -> account.recordLogin(clock.instant()));
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return accounts.count();
    }

    // --- Own password (My account, feature/auth). The caller re-authenticates; see twofactor/MyAccountService. ---

    /** Whether the password is the signed-in person's current one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isMyPassword(String password) {
        return password != null && passwordEncoder.matches(password, myAccount().getPasswordHash());
    }

    /** Changes the signed-in person's password, given the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = myAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not right");
        }
        String problem = NewPasswordRule.problem(newPassword);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        accounts.findById(account.getId()).orElseThrow().changePasswordHash(passwordEncoder.encode(newPassword));
    }

    /**
     * Changes the address the signed-in person signs in with, given their current password (the view asks for an
     * app code too when two-factor sign-in is on). Every session of the account ends, this one included: the
     * caller signs the person out, and they sign in again with the new address.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyEmail(String currentPassword,
                              @NotBlank @Email(message = "Enter a valid e-mail address, like name@example.org")
                              @Size(max = UserAccount.EMAIL_MAX) String newEmail) {
        UserAccount account = accounts.findById(myAccount().getId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not right");
        }
        String email = UserAccount.normaliseEmail(newEmail);
        if (email.equals(account.getEmail())) {
            return;
        }
        if (accounts.existsByEmail(email)) {
            throw new EmailAlreadyInUseException(email);
        }
        String previous = account.getEmail();
        account.changeEmail(email);
        accounts.flush();
        events.publishEvent(new AccountChanged(account.getId(), email,
                "sign-in e-mail changed from " + previous + " to " + email, true));
        events.publishEvent(new AccountSignInChanged(account.getId()));
    }

    /** E-mail and role of an account, for sign-in steps that know only its id. */
    @Transactional(readOnly = true)
    public Optional<LoginCredentials> credentialsFor(long accountId) {
        return accounts.findById(accountId).flatMap(a -> credentialsFor(a.getEmail()));
    }
}
