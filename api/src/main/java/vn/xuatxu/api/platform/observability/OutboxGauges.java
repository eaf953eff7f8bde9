package vn.xuatxu.api.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.ledger.Outbox;

import java.time.Clock;
import java.time.Duration;

/**
 * The outbox's depth and the age of its oldest entry: the two numbers that say whether records are
 * reaching the ledger. Read from the database at each scrape; a database that cannot answer reports NaN
 * rather than failing the scrape.
 */
@Context
final class OutboxGauges {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);

    OutboxGauges(MeterRegistry registry, DSLContext db, Outbox outbox, Clock clock) {
        Gauge.builder("xuatxu.outbox.waiting", () -> read(() -> outbox.waiting(db)))
                .description("Ledger writes recorded in the database and not yet on the ledger")
                .register(registry);
        Gauge.builder("xuatxu.outbox.oldest.age", () -> read(() -> outbox.oldestWaitingSince(db)
                        .map(since -> Duration.between(since, clock.instant()).toMillis() / 1000.0).orElse(0.0)))
                .description("Seconds since the oldest waiting ledger write was recorded (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    private static double read(java.util.function.Supplier<Number> query) {
        try {
            return query.get().doubleValue();
        } catch (RuntimeException e) {
            LOG.debug("Outbox metric unavailable: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
