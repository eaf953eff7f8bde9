package vn.xuatxu.api.ledger;

import org.jooq.DSLContext;

/**
 * A kind of record whose writes travel to the ledger through the outbox. When the ledger answers, the
 * relay hands the outcome to the subject inside the same database transaction that closes the outbox
 * entry, so a record's ledger status and the outbox never disagree.
 */
public interface OutboxSubject {

    Outbox.SubjectType type();

    void recordOutcome(DSLContext transaction, long subjectId, SubmitOutcome outcome);

    /** A refused write of this subject goes to the ledger again: its record shows "pending" until the answer. */
    void markRetrying(DSLContext transaction, long subjectId);
}
