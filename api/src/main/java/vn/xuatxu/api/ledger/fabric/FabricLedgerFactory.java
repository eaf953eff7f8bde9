package vn.xuatxu.api.ledger.fabric;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Provides the Fabric ledger when {@code xuatxu.ledger.mode=fabric}. Every key also has an environment form
 * ({@code xuatxu.ledger.fabric.peer-endpoint} is {@code XUATXU_LEDGER_FABRIC_PEER_ENDPOINT}); the list and the
 * defaults are in {@code docs/fabric-adapter.md}.
 */
@Factory
@Requires(property = "xuatxu.ledger.mode", value = "fabric")
@Requires(notEnv = "cli")
final class FabricLedgerFactory {

    @Singleton
    @Bean(preDestroy = "close")
    FabricLedger fabricLedger(@Value("${xuatxu.ledger.fabric.peer-endpoint:}") String peerEndpoint,
                              @Value("${xuatxu.ledger.fabric.peer-host-alias:}") String peerHostAlias,
                              @Value("${xuatxu.ledger.fabric.tls-ca-certificate:}") String tlsCaCertificate,
                              @Value("${xuatxu.ledger.fabric.insecure-plaintext:false}") boolean insecurePlaintext,
                              @Value("${xuatxu.ledger.fabric.channel:}") String channel,
                              @Value("${xuatxu.ledger.channel:passports}") String sharedChannel,
                              @Value("${xuatxu.ledger.fabric.chaincode:passport}") String chaincode,
                              @Value("${xuatxu.ledger.fabric.identities-dir:}") String identitiesDir,
                              @Value("${xuatxu.ledger.fabric.evaluate-timeout:5s}") Duration evaluateTimeout,
                              @Value("${xuatxu.ledger.fabric.endorse-timeout:15s}") Duration endorseTimeout,
                              @Value("${xuatxu.ledger.fabric.submit-timeout:5s}") Duration submitTimeout,
                              @Value("${xuatxu.ledger.fabric.commit-status-timeout:1m}") Duration commitStatusTimeout,
                              @Value("${xuatxu.ledger.fabric.conflict-attempts:5}") int conflictAttempts,
                              @Value("${xuatxu.ledger.fabric.conflict-backoff:100ms}") Duration conflictBackoff,
                              @Value("${xuatxu.ledger.fabric.events-quiet-period:200ms}") Duration eventsQuietPeriod) {
        return FabricLedger.connect(new FabricSettings(peerEndpoint, optional(peerHostAlias),
                optional(tlsCaCertificate).map(Path::of), insecurePlaintext,
                channel.isBlank() ? sharedChannel : channel, chaincode,
                identitiesDir.isBlank() ? null : Path.of(identitiesDir), evaluateTimeout, endorseTimeout, submitTimeout,
                commitStatusTimeout, conflictAttempts, conflictBackoff, eventsQuietPeriod));
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
