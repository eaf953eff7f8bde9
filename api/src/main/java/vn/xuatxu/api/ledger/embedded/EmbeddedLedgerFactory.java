package vn.xuatxu.api.ledger.embedded;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.chaincode.PassportContract;

import java.nio.file.Path;
import java.time.Clock;

/** Provides the embedded ledger when configuration asks for it (the default), in the data folder. */
@Factory
@Requires(property = "xuatxu.ledger.mode", value = "embedded", defaultValue = "embedded")
@Requires(notEnv = "cli")
final class EmbeddedLedgerFactory {

    @Singleton
    @io.micronaut.context.annotation.Bean(preDestroy = "close")
    EmbeddedLedger embeddedLedger(@Value("${xuatxu.data-dir}") String dataFolder,
                                  @Value("${xuatxu.ledger.channel:passports}") String channel,
                                  @Value("${xuatxu.ledger.checkpoint-interval:1000}") int checkpointInterval,
                                  Clock clock) throws CorruptLedgerException {
        return EmbeddedLedger.open(Path.of(dataFolder).toAbsolutePath().resolve("ledger"), channel, clock,
                new PassportContract(), checkpointInterval);
    }
}
