package vn.xuatxu.api.ledger.fabric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Fabric adapter needs to reach a peer, checked once at startup so that a missing file or
 * setting stops the application with a message naming it, instead of surfacing later as an outbox stuck on
 * "ledger unavailable".
 *
 * @param peerEndpoint        host:port of a peer's gateway service
 * @param peerHostAlias       TLS server name to expect when it differs from the endpoint's host (empty: none)
 * @param tlsCaCertificate    PEM file of the CA that issued the peer's TLS certificate (required unless plaintext)
 * @param insecurePlaintext   no TLS at all; only for tests on loopback
 * @param channel             the channel the contract is deployed on
 * @param chaincode           the chaincode name on that channel
 * @param identitiesDir       one folder per platform organisation: {@code cert.pem}, {@code key.pem}, {@code mspid}
 * @param evaluateTimeout     deadline of one evaluate (query) call
 * @param endorseTimeout      deadline of one endorse call
 * @param submitTimeout       deadline of handing the endorsed transaction to the orderer
 * @param commitStatusTimeout how long to wait for the commit status of a submitted transaction
 * @param conflictAttempts    how many times the whole flow runs when commits meet MVCC read conflicts
 * @param conflictBackoff     base pause before re-running after a conflict (doubled each time, jittered)
 * @param eventsQuietPeriod   once a first event arrived, how long a pause in the stream ends a batch
 */
record FabricSettings(String peerEndpoint, Optional<String> peerHostAlias, Optional<Path> tlsCaCertificate,
                      boolean insecurePlaintext, String channel, String chaincode, Path identitiesDir,
                      Duration evaluateTimeout, Duration endorseTimeout, Duration submitTimeout,
                      Duration commitStatusTimeout, int conflictAttempts, Duration conflictBackoff,
                      Duration eventsQuietPeriod) {

    static final String PREFIX = "xuatxu.ledger.fabric.";

    FabricSettings {
        Objects.requireNonNull(peerHostAlias, "peerHostAlias");
        Objects.requireNonNull(tlsCaCertificate, "tlsCaCertificate");
        require(peerEndpoint, "peer-endpoint", "the host:port of a peer's gateway service, e.g. peer0.agency.xuatxu.vn:7051");
        if (!peerEndpoint.matches("[^\\s:/]+:\\d{1,5}")) {
            throw new IllegalStateException(name("peer-endpoint") + " must be host:port, got '" + peerEndpoint + "'");
        }
        require(channel, "channel", "the channel name");
        require(chaincode, "chaincode", "the chaincode name");
        if (identitiesDir == null) {
            throw new IllegalStateException(name("identities-dir") + " is not set: the folder with one sub-folder "
                    + "(cert.pem, key.pem, mspid) per organisation");
        }
        if (!Files.isDirectory(identitiesDir)) {
            throw new IllegalStateException(name("identities-dir") + " is " + identitiesDir.toAbsolutePath()
                    + ", which is not a folder");
        }
        if (!insecurePlaintext) {
            Path ca = tlsCaCertificate.orElseThrow(() -> new IllegalStateException(name("tls-ca-certificate")
                    + " is not set: the PEM file of the CA that issued the peer's TLS certificate (TLS is required)"));
            if (!Files.isReadable(ca)) {
                throw new IllegalStateException(name("tls-ca-certificate") + " is " + ca.toAbsolutePath()
                        + ", which is not a readable file");
            }
        }
        positive(evaluateTimeout, "evaluate-timeout");
        positive(endorseTimeout, "endorse-timeout");
        positive(submitTimeout, "submit-timeout");
        positive(commitStatusTimeout, "commit-status-timeout");
        positive(eventsQuietPeriod, "events-quiet-period");
        if (conflictBackoff == null || conflictBackoff.isNegative()) {
            throw new IllegalStateException(name("conflict-backoff") + " must be zero or more");
        }
        if (conflictAttempts < 1) {
            throw new IllegalStateException(name("conflict-attempts") + " must be at least 1, got " + conflictAttempts);
        }
    }

    /** Settings with the documented defaults for everything but where the peer is and who we are. */
    static FabricSettings withDefaults(String peerEndpoint, Optional<String> peerHostAlias, Optional<Path> tlsCaCertificate,
                                       boolean insecurePlaintext, Path identitiesDir) {
        return new FabricSettings(peerEndpoint, peerHostAlias, tlsCaCertificate, insecurePlaintext, "passports",
                "passport", identitiesDir, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5),
                Duration.ofMinutes(1), 5, Duration.ofMillis(100), Duration.ofMillis(200));
    }

    FabricSettings withChannel(String channel, String chaincode) {
        return new FabricSettings(peerEndpoint, peerHostAlias, tlsCaCertificate, insecurePlaintext, channel, chaincode,
                identitiesDir, evaluateTimeout, endorseTimeout, submitTimeout, commitStatusTimeout, conflictAttempts,
                conflictBackoff, eventsQuietPeriod);
    }

    FabricSettings withConflictPolicy(int attempts, Duration backoff) {
        return new FabricSettings(peerEndpoint, peerHostAlias, tlsCaCertificate, insecurePlaintext, channel, chaincode,
                identitiesDir, evaluateTimeout, endorseTimeout, submitTimeout, commitStatusTimeout, attempts, backoff,
                eventsQuietPeriod);
    }

    /** A setting's property name and its environment form, as an operator would type them. */
    static String name(String key) {
        return PREFIX + key + " (" + (PREFIX + key).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }

    private static void require(String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name(key) + " is not set: " + what);
        }
    }

    private static void positive(Duration value, String key) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalStateException(name(key) + " must be a positive duration, e.g. 5s");
        }
    }
}
