package vn.xuatxu.api.ledger;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;

/** Reports the ledger in {@code /health}: the application is only UP when it can write to its ledger. */
@Singleton
@io.micronaut.context.annotation.Requires(beans = Ledger.class)
final class LedgerHealthIndicator implements HealthIndicator {

    private final Ledger ledger;

    LedgerHealthIndicator(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        LedgerStatus status = ledger.status();
        return Publishers.just(HealthResult.builder("ledger", status.ready() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("kind", status.kind(), "height", status.height()))
                .build());
    }
}
