package org.trustwork.account;

import org.trustwork.base.domain.HasText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form an admin fills in to open an account; a mutable bean so a Binder can edit it. Admins leave the password
 * empty: the person chooses their own through an invitation link. Only demo data and tests set one directly.
 */
public class NewAccount {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    @HasText(message = "Enter the person's name")
    @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "Use at most " + UserAccount.DISPLAY_NAME_MAX + " characters")
    private String displayName = "";

    @NotBlank(message = "Enter an e-mail address")
    @Email(message = "Enter a valid e-mail address, like name@example.org")
    @Size(max = UserAccount.EMAIL_MAX, message = "Use at most " + UserAccount.EMAIL_MAX + " characters")
    private String email = "";

    @Size(min = PASSWORD_MIN, max = PASSWORD_MAX,
            message = "Use " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters")
    private String initialPassword;

    @NotNull
    private Role role = Role.THERAPIST;

    public NewAccount() {
    }

    public NewAccount(String displayName, String email, String initialPassword, Role role) {
        setDisplayName(displayName);
        setEmail(email);
        setInitialPassword(initialPassword);
        setRole(role);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    /** Spaces around an address are a typing slip, not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword == null || initialPassword.isEmpty() ? null : initialPassword;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
