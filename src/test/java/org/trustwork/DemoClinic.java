package org.trustwork;

import java.util.List;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.NewCouple;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.security.SystemTask;

/** Names and look-ups for the demo clinic that the test profile creates. */
public final class DemoClinic {

    public static final String ADMIN = "admin@trustwork.example";
    public static final String RIVERA = "elena.rivera@trustwork.example";
    public static final String OKAFOR = "samuel.okafor@trustwork.example";
    /** Maya & Tom and Priya & Daniel are Dr Rivera's; Chris & Jamie are Dr Okafor's. */
    public static final String MAYA = "maya@couples.example";
    public static final String TOM = "tom@couples.example";
    public static final String CHRIS = "chris@couples.example";
    public static final String PASSWORD = "trustwork-demo";

    private DemoClinic() {
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUPLES = new java.util.concurrent.atomic.AtomicInteger();

    /** A new couple of the given therapist, with unique names, so a test's data never meets another test's. */
    public static long newCouple(SystemTask systemTask, AccountService accounts, CoupleService couples,
                                 String therapistEmail) {
        int n = COUPLES.incrementAndGet();
        return systemTask.callAsAdmin(() -> {
            var form = new NewCouple();
            form.setDisplayName("Test couple " + n);
            form.setStartDate(java.time.LocalDate.of(2026, 1, 1));
            form.setTherapistAccountId(accounts.therapists().stream()
                    .filter(t -> t.email().equals(therapistEmail)).findFirst().orElseThrow().id());
            for (var partner : List.of(form.getPartnerOne(), form.getPartnerTwo())) {
                partner.setDisplayName("Partner of couple " + n);
                partner.setEmail("p" + (partner == form.getPartnerOne() ? 1 : 2) + ".couple" + n + "@test.example");
                partner.setInitialPassword(PASSWORD + "-long");
            }
            return couples.createCouple(form).id();
        });
    }

    public static long coupleId(SystemTask systemTask, CoupleService couples, String displayName) {
        List<CoupleSummary> all = systemTask.callAsAdmin(couples::allCouples);
        return all.stream().filter(c -> c.displayName().equals(displayName)).findFirst().orElseThrow().id();
    }
}
