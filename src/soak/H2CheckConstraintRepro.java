import java.sql.*;
/**
 * The cause of issue #25 on plain H2, no app (docs/design-decisions/0002): a CHECK constraint with an IN list,
 * created by one session, fails on every later update once that session is closed, with H2 2.4.240
 * ("Check constraint invalid ... caused by The database has been closed"); 2.3.232 is not affected.
 * <p>
 *   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar src/soak/H2CheckConstraintRepro.java
 */
public class H2CheckConstraintRepro {
    public static void main(String[] a) throws Exception {
        String url = "jdbc:h2:file:/tmp/h2repro/db" + System.nanoTime() + ";WRITE_DELAY=0";
        Connection keep = DriverManager.getConnection(url, "sa", "");   // keeps the database open, like the pool
        Connection migrate = DriverManager.getConnection(url, "sa", ""); // Flyway's pooled connection
        try (Statement s = migrate.createStatement()) {
            s.execute("create table user_account(id bigint primary key, role varchar(20) not null, "
                    + "last_sign_in timestamp, constraint ck_user_account_role check (role in ('ADMIN','THERAPIST','PARTNER')))");
            s.execute("insert into user_account values (1, 'PARTNER', null)");
        }
        try (PreparedStatement p = keep.prepareStatement("update user_account set role=?, last_sign_in=current_timestamp where id=1")) {
            p.setString(1, "PARTNER"); System.out.println("while the creating session is open: " + p.executeUpdate());
        }
        migrate.close(); // Hikari's maxLifetime (30 min) retires the connection
        try (PreparedStatement p = keep.prepareStatement("update user_account set role=?, last_sign_in=current_timestamp where id=1")) {
            p.setString(1, "PARTNER"); System.out.println("after it closed: " + p.executeUpdate());
        } catch (SQLException e) {
            System.out.println("after it closed: " + e.getSQLState() + " " + e.getMessage().lines().findFirst().get());
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) System.out.println("  caused by " + c);
        }
    }
}
