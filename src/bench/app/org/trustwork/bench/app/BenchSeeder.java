package org.trustwork.bench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.trustwork.account.AccountService;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.NewCouple;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionService;
import org.trustwork.twofactor.DemoAuthenticator;

/**
 * Benchmark data, made through the app's own secured services: {@code therapists} therapists with
 * {@code couples-per-therapist} couples each, every couple with one live session whose agenda has
 * {@code agenda-items} items, the first one running. Writes one line per session (therapist e-mail, couple id,
 * session id, authenticator key) to {@code trustwork.bench.seed-file} for the load driver. Only in the benchmark's add-on jar.
 */
@Component
@ConditionalOnProperty(name = "trustwork.bench.seed-file")
class BenchSeeder implements ApplicationRunner {

    static final String PASSWORD = "trustwork-bench";
    /**
     * Every bench therapist's authenticator key (Base32), set up through the service the demo clinic uses for its
     * published key, so the load driver can sign in with both factors like a real therapist.
     */
    static final String TOTP_SECRET = "TRUSTWORKBENCHKEYFORTHERAPISTS23";
    private static final Logger log = LoggerFactory.getLogger(BenchSeeder.class);

    private final AccountService accounts;
    private final CoupleService couples;
    private final SessionService sessions;
    private final DemoAuthenticator twoFactor;
    private final SystemTask systemTask;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;
    private final Environment environment;

    BenchSeeder(AccountService accounts, CoupleService couples, SessionService sessions, DemoAuthenticator twoFactor,
                SystemTask systemTask,
                UserDetailsService users, SecurityContextHolderStrategy contextHolder, Clock clock,
                Environment environment) {
        this.accounts = accounts;
        this.couples = couples;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.systemTask = systemTask;
        this.users = users;
        this.contextHolder = contextHolder;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path file = Path.of(environment.getRequiredProperty("trustwork.bench.seed-file"));
        if (Files.exists(file)) {
            return;
        }
        int therapists = environment.getProperty("trustwork.bench.therapists", Integer.class, 40);
        int perTherapist = environment.getProperty("trustwork.bench.couples-per-therapist", Integer.class, 10);
        int items = environment.getProperty("trustwork.bench.agenda-items", Integer.class, 12);
        long began = System.nanoTime();
        // bcrypt makes account creation slow; two threads use both cores of the reference machine
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < therapists; t++) {
            int therapist = t;
            work.add(pool.submit(() -> seedTherapist(therapist, perTherapist, items)));
        }
        var lines = new ArrayList<String>();
        lines.add("email,coupleId,sessionId,totpSecret");
        for (var future : work) {
            lines.addAll(future.get());
        }
        pool.shutdown();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(partial, lines);
            Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Bench data: {} therapists, {} live sessions in {} s", therapists, lines.size() - 1,
                (System.nanoTime() - began) / 1_000_000_000);
    }

    private List<String> seedTherapist(int t, int perTherapist, int items) {
        String email = "bench.therapist" + t + "@trustwork.example";
        var therapist = systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Bench Therapist " + t, email, PASSWORD, Role.THERAPIST)));
        systemTask.runAsAdmin(() -> twoFactor.enrolWithKnownSecret(therapist.id(), TOTP_SECRET));
        var lines = new ArrayList<String>();
        for (int c = 0; c < perTherapist; c++) {
            var form = new NewCouple();
            form.setDisplayName("Bench couple " + t + "-" + c);
            form.setTherapistAccountId(therapist.id());
            form.setStartDate(LocalDate.now(clock).minusWeeks(4));
            form.setGoals("Rebuild trust after a disclosed affair; weekly check-ins.");
            partner(form.getPartnerOne(), "One " + t + "-" + c, "bench.p1." + t + "." + c + "@couples.example");
            partner(form.getPartnerTwo(), "Two " + t + "-" + c, "bench.p2." + t + "." + c + "@couples.example");
            long coupleId = systemTask.callAsAdmin(() -> couples.createCouple(form)).id();
            long sessionId = as(email, () -> {
                long id = sessions.plan(coupleId, clock.instant(), 50).id();
                for (int i = 1; i <= items; i++) {
                    sessions.addFreeItem(id, "Agenda item " + i, 5);
                }
                return sessions.start(id).id();
            });
            lines.add(email + "," + coupleId + "," + sessionId + "," + TOTP_SECRET);
        }
        return lines;
    }

    private static void partner(NewAccount partner, String name, String email) {
        partner.setDisplayName(name);
        partner.setEmail(email);
        partner.setInitialPassword(PASSWORD);
    }

    private <T> T as(String email, Supplier<T> step) {
        var previous = contextHolder.getContext();
        var context = contextHolder.createEmptyContext();
        var user = users.loadUserByUsername(email);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            contextHolder.setContext(previous);
        }
    }
}
