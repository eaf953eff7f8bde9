package vn.xuatxu.api.ledger;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static vn.xuatxu.api.db.Tables.LEDGER_CHECKPOINT;
import static vn.xuatxu.api.db.Tables.LEDGER_EVENT;

/**
 * Follows the ledger's committed chaincode events into the database, whichever organisation or server wrote
 * them: the off-chain index that audit pages and reports read. Each batch of events and the checkpoint after
 * it are stored in one database transaction, so a crash at any moment neither loses nor repeats an event.
 */
@Singleton
@Requires(beans = Ledger.class)
public final class LedgerEventFollower {

    static final String FOLLOWER = "ledger-events";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerEventFollower.class);

    /** An event as stored off-chain. */
    @io.micronaut.serde.annotation.Serdeable
    public record StoredEvent(long blockNumber, String transactionId, String name, String payload) {
    }

    private final DSLContext db;
    private final Ledger ledger;
    private final Clock clock;

    LedgerEventFollower(DSLContext db, Ledger ledger, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${xuatxu.ledger.events.poll-interval:1s}",
            initialDelay = "${xuatxu.ledger.events.initial-delay:2s}")
    void followScheduled() {
        try {
            follow(Duration.ZERO);
        } catch (LedgerUnavailableException | RuntimeException e) {
            LOG.warn("Following ledger events failed, will retry: {}", e.getMessage());
        }
    }

    /** Stores what was committed since the checkpoint; returns how many events were stored. */
    public synchronized int follow(Duration wait) throws LedgerUnavailableException {
        int stored = 0;
        while (true) {
            EventBatch batch = ledger.events(checkpoint(), 500, stored == 0 ? wait : Duration.ZERO);
            if (batch.events().isEmpty()) {
                return stored;
            }
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            db.transaction(configuration -> {
                DSLContext transaction = configuration.dsl();
                for (LedgerEvent event : batch.events()) {
                    transaction.insertInto(LEDGER_EVENT)
                            .set(LEDGER_EVENT.BLOCK_NUMBER, event.blockNumber())
                            .set(LEDGER_EVENT.TRANSACTION_ID, event.transactionId())
                            .set(LEDGER_EVENT.NAME, event.name())
                            .set(LEDGER_EVENT.PAYLOAD, event.payload())
                            .set(LEDGER_EVENT.RECEIVED_AT, now)
                            .execute();
                }
                transaction.insertInto(LEDGER_CHECKPOINT)
                        .set(LEDGER_CHECKPOINT.FOLLOWER, FOLLOWER)
                        .set(LEDGER_CHECKPOINT.BLOCK_NUMBER, batch.next().blockNumber())
                        .set(LEDGER_CHECKPOINT.TRANSACTION_ID, batch.next().transactionId())
                        .set(LEDGER_CHECKPOINT.UPDATED_AT, now)
                        .onDuplicateKeyUpdate()
                        .set(LEDGER_CHECKPOINT.BLOCK_NUMBER, batch.next().blockNumber())
                        .set(LEDGER_CHECKPOINT.TRANSACTION_ID, batch.next().transactionId())
                        .set(LEDGER_CHECKPOINT.UPDATED_AT, now)
                        .execute();
            });
            stored += batch.events().size();
        }
    }

    /** The stored checkpoint, or the start of the chain. */
    public EventCheckpoint checkpoint() {
        return db.selectFrom(LEDGER_CHECKPOINT).where(LEDGER_CHECKPOINT.FOLLOWER.eq(FOLLOWER))
                .fetchOptional(row -> new EventCheckpoint(row.getBlockNumber(), row.getTransactionId()))
                .orElse(EventCheckpoint.START);
    }

    /** The newest stored events, newest first. */
    public List<StoredEvent> newest(int limit) {
        return db.selectFrom(LEDGER_EVENT).orderBy(LEDGER_EVENT.ID.desc()).limit(limit)
                .fetch(row -> new StoredEvent(row.getBlockNumber(), row.getTransactionId(), row.getName(), row.getPayload()));
    }
}
