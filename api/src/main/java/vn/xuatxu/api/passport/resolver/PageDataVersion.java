package vn.xuatxu.api.passport.resolver;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.TransactionListenerProvider;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that changes whenever the application writes to the database something a passport page might
 * show, so a cached page ({@link RenderedPages}) is never served after its data changed. It listens to every
 * jOOQ statement of the default data source: a write moves the version on at once (an auto-committed
 * statement is visible then) and again when its transaction commits (a page rendered between the write and
 * the commit read the old data under the new number; the second step retires it).
 *
 * <p>Writes that no page shows (scan counts, problem reports, sessions, logs, the outbox and the event
 * follower's bookkeeping) leave the version alone, or every scan would empty the cache. What changes the
 * ledger shows on the ledger's height instead. What this cannot see, a row changed behind the application's
 * back, is caught by the cache's short time to live.
 */
@Factory
final class PageDataVersion {

    /** Tables whose writes never change a passport page. */
    private static final List<String> UNSHOWN = List.of("`label_serial_check`", "`problem_report`", "`revoked_session`",
            "`app_user`", "`sms_check`", "`ledger_outbox`", "`ledger_checkpoint`", "`ledger_event`",
            "`idempotent_request`", "`portal_push_", "`kitchen_");

    /** The version itself; one per application context. */
    @Singleton
    static final class Counter {
        private final AtomicLong version = new AtomicLong();
        private final ThreadLocal<Boolean> wroteInTransaction = ThreadLocal.withInitial(() -> false);

        long current() {
            return version.get();
        }

        private void wrote() {
            version.incrementAndGet();
            wroteInTransaction.set(true);
        }

        private void ended(boolean committed) {
            if (committed && wroteInTransaction.get()) {
                version.incrementAndGet();
            }
            wroteInTransaction.remove();
        }
    }

    @Singleton
    @Named("default")
    ExecuteListenerProvider statements(Counter counter) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext context) {
                if (context.type() != ExecuteType.READ && shown(context.sql())) {
                    counter.wrote();
                }
            }
        };
        return () -> listener;
    }

    @Singleton
    @Named("default")
    TransactionListenerProvider transactions(Counter counter) {
        TransactionListener listener = new TransactionListener() {
            @Override
            public void commitEnd(TransactionContext context) {
                counter.ended(true);
            }

            @Override
            public void rollbackEnd(TransactionContext context) {
                counter.ended(false);
            }
        };
        return () -> listener;
    }

    private static boolean shown(String sql) {
        if (sql == null) {
            return true;
        }
        String lower = (sql.length() > 120 ? sql.substring(0, 120) : sql).toLowerCase(Locale.ROOT);
        if (lower.startsWith("select")) {
            return false;
        }
        for (String table : UNSHOWN) {
            if (lower.contains(table)) {
                return false;
            }
        }
        return true;
    }
}
