package org.trustwork.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.base.DemoClinicOnly;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.NewCouple;
import org.trustwork.security.SystemTask;
import org.trustwork.twofactor.DemoAuthenticator;

/** A small clinic to try Trustwork with: created on the first start of an empty database, never in production. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@DemoClinicOnly
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "trustwork-demo";
    /**
     * Demo staff sign in with two-factor sign-in set up with this published key (Base32), so anyone can try the
     * demo with an authenticator app. Never used outside the demo clinic.
     */
    public static final String DEMO_TOTP_SECRET = "TRUSTWORKDEMOSECRETFORSTAFF23456";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final CoupleService couples;
    private final Clock clock;
    private final Environment environment;
    private final SystemTask systemTask;
    private final DemoAuthenticator twoFactor;

    DemoData(AccountService accounts, CoupleService couples, Clock clock, Environment environment,
             SystemTask systemTask, DemoAuthenticator twoFactor) {
        this.twoFactor = twoFactor;
        this.systemTask = systemTask;
        this.accounts = accounts;
        this.couples = couples;
        this.clock = clock;
        this.environment = environment;
    }

    record Login(String role, String email) {
    }

    static final List<Login> LOGINS = List.of(
            new Login("Clinic admin", "admin@trustwork.example"),
            new Login("Therapist", "elena.rivera@trustwork.example"),
            new Login("Therapist", "samuel.okafor@trustwork.example"),
            new Login("Partner (Maya & Tom)", "maya@couples.example"),
            new Login("Partner (Maya & Tom)", "tom@couples.example"),
            new Login("Partner (Priya & Daniel)", "priya@couples.example"),
            new Login("Partner (Priya & Daniel)", "daniel@couples.example"),
            new Login("Partner (Chris & Jamie)", "chris@couples.example"),
            new Login("Partner (Chris & Jamie)", "jamie@couples.example"));

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countAll() == 0) {
            systemTask.runAsAdmin(this::createClinic);
        }
        printLogins();
    }

    private void createClinic() {
        var admin = accounts.createAccount(new NewAccount("Morgan Lee", "admin@trustwork.example", PASSWORD, Role.ADMIN));
        var rivera = accounts.createAccount(
                new NewAccount("Dr Elena Rivera", "elena.rivera@trustwork.example", PASSWORD, Role.THERAPIST));
        var okafor = accounts.createAccount(
                new NewAccount("Dr Samuel Okafor", "samuel.okafor@trustwork.example", PASSWORD, Role.THERAPIST));
        for (var staff : List.of(admin, rivera, okafor)) {
            twoFactor.enrolWithKnownSecret(staff.id(), DEMO_TOTP_SECRET);
        }
        LocalDate today = LocalDate.now(clock);
        couple("Maya & Tom", rivera, today.minusWeeks(10),
                "Rebuild honest day-to-day communication after Tom's six-month affair; "
                        + "Maya wants to stop checking his phone by spring.",
                "Maya Brennan", "maya@couples.example", "Tom Brennan", "tom@couples.example");
        couple("Priya & Daniel", rivera, today.minusWeeks(3),
                "Understand what led to Daniel's secret online relationship and decide together whether to stay.",
                "Priya Shah", "priya@couples.example", "Daniel Shah", "daniel@couples.example");
        couple("Chris & Jamie", okafor, today.minusWeeks(24),
                "Recover financial transparency after hidden debt; plan shared money rituals.",
                "Chris Novak", "chris@couples.example", "Jamie Novak", "jamie@couples.example");
        log.info("Demo clinic created: 1 admin, 2 therapists, 3 couples");
    }

    private void couple(String name, AccountSummary therapist, LocalDate start, String goals,
                        String nameOne, String emailOne, String nameTwo, String emailTwo) {
        var form = new NewCouple();
        form.setDisplayName(name);
        form.setTherapistAccountId(therapist.id());
        form.setStartDate(start);
        form.setGoals(goals);
        fill(form.getPartnerOne(), nameOne, emailOne);
        fill(form.getPartnerTwo(), nameTwo, emailTwo);
        couples.createCouple(form);
    }

    private static void fill(NewAccount partner, String name, String email) {
        partner.setDisplayName(name);
        partner.setEmail(email);
        partner.setInitialPassword(PASSWORD);
    }

    private void printLogins() {
        var text = new StringBuilder("\n\n  Trustwork demo logins (password for all: ").append(PASSWORD).append(")\n");
        LOGINS.forEach(login -> text.append(String.format("    %-26s %s%n", login.role(), login.email())));
        text.append("  Admin and therapists also need a code from an authenticator app: add a time-based account with\n")
                .append("  the demo key ").append(DEMO_TOTP_SECRET).append(" (e.g. Google Authenticator: \"Enter a setup key\"),\n")
                .append("  or run: oathtool --totp -b ").append(DEMO_TOTP_SECRET).append('\n');
        text.append("  Open http://localhost:").append(environment.getProperty("local.server.port", "8080")).append("/\n");
        log.info(text.toString());
    }
}
