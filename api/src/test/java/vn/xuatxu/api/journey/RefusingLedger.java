package vn.xuatxu.api.journey;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.EventBatch;
import vn.xuatxu.api.ledger.EventCheckpoint;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerStatus;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.ledger.RecordProof;
import vn.xuatxu.api.ledger.SubmitOutcome;
import vn.xuatxu.api.ledger.embedded.EmbeddedLedger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A ledger port that refuses traceability events while told to, in front of the real embedded ledger (which
 * answers everything else). The application's {@link Ledger} is this one ({@code @Primary}); only with
 * {@code xuatxu.test.refusing-ledger=true}, so no other test meets it.
 */
@Singleton
@Primary
@Requires(property = "xuatxu.test.refusing-ledger", value = "true")
final class RefusingLedger implements Ledger {

    private final AtomicBoolean refusing = new AtomicBoolean();
    private final EmbeddedLedger real;

    RefusingLedger(EmbeddedLedger real) {
        this.real = real;
    }

    /** From now on {@code recordEvent} is refused (true) or passed on (false). */
    void refuseEvents(boolean refuse) {
        refusing.set(refuse);
    }

    @Override
    public SubmitOutcome submit(LedgerTransaction transaction) throws LedgerUnavailableException {
        if (refusing.get() && transaction.function().equals("recordEvent")) {
            return new SubmitOutcome.Rejected("FORBIDDEN", "recordEvent: refused by the test ledger");
        }
        return real.submit(transaction);
    }

    @Override
    public QueryOutcome evaluate(LedgerTransaction query) throws LedgerUnavailableException {
        return real.evaluate(query);
    }

    @Override
    public EventBatch events(EventCheckpoint after, int max, Duration wait) throws LedgerUnavailableException {
        return real.events(after, max, wait);
    }

    @Override
    public RecordProof prove(LedgerTransaction history) {
        return real.prove(history);
    }

    @Override
    public LedgerStatus status() {
        return real.status();
    }
}
