package vn.xuatxu.api.ledger.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerEventFollower;
import vn.xuatxu.api.ledger.LedgerStatus;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.List;

/** For the agency's auditors: the ledger's height and head, and the newest committed events. */
@Controller("/api/v1/ledger")
@Secured({"AGENCY_ADMIN", "INSPECTOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
final class LedgerAuditController {

    private final Ledger ledger;
    private final LedgerEventFollower events;

    LedgerAuditController(Ledger ledger, LedgerEventFollower events) {
        this.ledger = ledger;
        this.events = events;
    }

    @Serdeable
    record Audit(LedgerStatus status, long followedBlock, List<LedgerEventFollower.StoredEvent> newestEvents) {
    }

    @Get("/events")
    Audit newest(@QueryValue(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ProblemException.InvalidInput("limit", PageText.of("ledger.error.auditLimit"));
        }
        return new Audit(ledger.status(), events.checkpoint().blockNumber(), events.newest(limit));
    }
}
