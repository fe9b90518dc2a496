package org.trustwork.account;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   SecurityContextHolderStrategy contextHolder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.contextHolder = contextHolder;
    }

    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public AccountSummary createAccount(@Valid NewAccount form) {
        String email = UserAccount.normaliseEmail(form.getEmail());
        if (accounts.existsByEmail(email)) {
            throw new EmailAlreadyInUseException(email);
        }
        var account = new UserAccount(email, form.getDisplayName(),
                passwordEncoder.encode(form.getInitialPassword()), form.getRole());
        return AccountSummary.of(accounts.saveAndFlush(account));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<AccountSummary> findAccounts(String searchText, Pageable page) {
        return accounts.search(Text.searchNeedle(searchText), page).map(AccountSummary::of).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public long countAccounts(String searchText) {
        return accounts.countMatching(Text.searchNeedle(searchText));
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

    /** E-mail and role of an account, for sign-in steps that know only its id. */
    @Transactional(readOnly = true)
    public Optional<LoginCredentials> credentialsFor(long accountId) {
        return accounts.findById(accountId).flatMap(a -> credentialsFor(a.getEmail()));
    }
}
