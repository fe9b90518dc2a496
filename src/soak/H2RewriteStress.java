import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * H2's chunk rewriting under concurrent small commits (issue #25, docs/design-decisions/0002): "ours" calls
 * MVStore.compact(80, 64 KiB) and commit every 2 ms from a thread of its own, as EmbeddedStoreHousekeeping does
 * (500 times more often), with WRITE_DELAY=0; "h2" leaves the rewriting to H2's own background writer (WRITE_DELAY=5).
 * Three writer threads update, insert and read meanwhile. Prints commits, steps, whether the store closed and the
 * errors the writers saw. Runs on a scratch file under /tmp/h2repro.
 * <p>
 *   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar src/soak/H2RewriteStress.java ours 150 [RETENTION_MS]
 * <p>
 * Use at least 60 s: with H2's default retention time (45 s) nothing is rewritable before.
 */
public class H2RewriteStress {
    public static void main(String[] a) throws Exception {
        String mode = a[0]; int seconds = Integer.parseInt(a[1]);
        String url = "jdbc:h2:file:/tmp/h2repro/stress-" + mode + "-" + System.nanoTime()
                + (mode.equals("ours") ? ";WRITE_DELAY=0" : ";WRITE_DELAY=5") + (a.length > 2 ? ";RETENTION_TIME=" + a[2] : "");
        Connection main = DriverManager.getConnection(url, "sa", "");
        try (Statement s = main.createStatement()) {
            s.execute("create table note(id int primary key, body varchar(4000))");
            s.execute("create table log(id identity primary key, entry varchar(400))");
            s.execute("insert into note select x, repeat('n', 1500) from system_range(1, 300)");
        }
        MVStore store = ((SessionLocal) main.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        AtomicLong commits = new AtomicLong(), steps = new AtomicLong(), rewrote = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            threads.add(Thread.ofPlatform().start(() -> {
                Random r = new Random(seed);
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement note = c.prepareStatement("update note set body=? where id=?");
                     PreparedStatement log = c.prepareStatement("insert into log(entry) values (?)");
                     PreparedStatement read = c.prepareStatement("select count(*), max(length(body)) from note where id between ? and ?")) {
                    while (System.currentTimeMillis() < end) {
                        try {
                            note.setString(1, "x".repeat(800 + r.nextInt(900))); note.setInt(2, 1 + r.nextInt(300)); note.executeUpdate();
                            log.setString(1, "y".repeat(100 + r.nextInt(200))); log.executeUpdate();
                            int from = r.nextInt(300); read.setInt(1, from); read.setInt(2, from + 20); read.executeQuery().close();
                            commits.addAndGet(2);
                        } catch (SQLException e) { errors.add(e.toString().lines().findFirst().get()); if (errors.size() > 20) return; }
                    }
                } catch (SQLException e) { errors.add(e.toString()); }
            }));
        }
        if (mode.equals("ours")) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.currentTimeMillis() < end && !store.isClosed()) {
                    try {
                        steps.incrementAndGet();
                        if (store.compact(80, 64 * 1024)) { rewrote.incrementAndGet(); store.commit(); }
                        Thread.sleep(2);
                    } catch (Exception e) { errors.add("housekeeping: " + e); }
                }
            }));
        }
        for (Thread t : threads) t.join();
        System.out.printf("%s: %d s, %d commits, %d steps (%d rewrote), store closed=%s, errors=%d%n", mode, seconds,
                commits.get(), steps.get(), rewrote.get(), store.isClosed(), errors.size());
        errors.stream().distinct().limit(5).forEach(e -> System.out.println("  " + e));
        try { main.close(); } catch (Exception e) { System.out.println("close: " + e); }
    }
}
