package org.trustwork.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Role role) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
    }

    /** Logins are e-mail addresses; case and surrounding spaces never make two different accounts. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    void changeEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }
}
