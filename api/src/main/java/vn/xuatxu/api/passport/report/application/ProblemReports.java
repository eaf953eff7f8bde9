package vn.xuatxu.api.passport.report.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.report.persistence.ProblemReportStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.platform.origin.RequestOrigins;
import vn.xuatxu.api.problem.ProblemException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Takes a buyer's report from a passport page and hands it to the people who must act: the product's
 * producer and the agency. The form is public, so every report passes, in this order: a honeypot field
 * (a bot fills every field; the report is dropped without telling it), the signed form token (made by our
 * page, served at least {@code min-fill-time} ago and at most {@code max-form-age}), per-address and
 * per-label limits within an hour, and length limits on every text. Refusals are 4xx with a Vietnamese
 * message the page shows above the form, never a failure.
 */
@Singleton
public final class ProblemReports {

    /** What the form sent; any field may be missing. {@code serial} and {@code lotNumber} come from the URI. */
    public record Submission(String gtin, String lotNumber, String serial, String kind, String message, String contact,
                             String honeypot, String token, String language) {
    }

    /** How a submission ended, when it was not refused. */
    public sealed interface Outcome {
        /** Stored, and now on the producer's and the agency's lists. */
        record Accepted(long id) implements Outcome {
        }

        /** A bot filled the honeypot: answered like a success, stored nowhere. */
        record Discarded() implements Outcome {
        }
    }

    static final int MAX_MESSAGE = 2000;
    static final int MIN_MESSAGE = 10;
    static final int MAX_CONTACT = 200;

    private final DSLContext db;
    private final ProblemReportStore store;
    private final ReportFormTokens tokens;
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration maxFormAge;
    private final SubmissionLimits perAddress;
    private final SubmissionLimits perLabel;

    ProblemReports(DSLContext db, ProblemReportStore store, ReportFormTokens tokens, Clock clock,
                   @Value("${xuatxu.problem-reports.min-fill-time:4s}") Duration minFillTime,
                   @Value("${xuatxu.problem-reports.max-form-age:6h}") Duration maxFormAge,
                   @Value("${xuatxu.problem-reports.per-address-per-hour:5}") int perAddressPerHour,
                   @Value("${xuatxu.problem-reports.per-label-per-hour:20}") int perLabelPerHour) {
        this.db = db;
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.minFillTime = minFillTime;
        this.maxFormAge = maxFormAge;
        this.perAddress = new SubmissionLimits(clock, perAddressPerHour, Duration.ofHours(1), 50_000);
        this.perLabel = new SubmissionLimits(clock, perLabelPerHour, Duration.ofHours(1), 50_000);
    }

    public Outcome submit(Submission submission, RequestOrigins.RequestOrigin origin) {
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            return new Outcome.Discarded();
        }
        Duration age = tokens.age(submission.token()).filter(a -> a.compareTo(maxFormAge) <= 0)
                .orElseThrow(() -> new ProblemException.InvalidInput("token",
                        PageText.of("report.error.staleForm")));
        if (age.compareTo(minFillTime) < 0) {
            throw new ProblemException.InvalidInput("token", PageText.of("report.error.tooFast"));
        }
        String addressKey = "address:" + origin.address();
        String labelKey = "label:" + submission.gtin() + "/" + submission.lotNumber() + "/" + submission.serial();
        if (perAddress.full(addressKey)) {
            throw new ProblemException.TooMany(PageText.of("report.error.tooManyFromYou"));
        }
        if (perLabel.full(labelKey)) {
            throw new ProblemException.TooMany(PageText.of("report.error.tooManyForLabel"));
        }
        ProblemReportStore.Kind kind = kind(submission.kind());
        String message = text(submission.message());
        if (message.length() < MIN_MESSAGE) {
            throw new ProblemException.InvalidInput("message", PageText.of("report.error.messageShort", MIN_MESSAGE));
        }
        if (message.length() > MAX_MESSAGE) {
            throw new ProblemException.InvalidInput("message", PageText.of("report.error.messageLong", MAX_MESSAGE));
        }
        String contact = text(submission.contact());
        if (contact.length() > MAX_CONTACT) {
            throw new ProblemException.InvalidInput("contact", PageText.of("report.error.contactLong", MAX_CONTACT));
        }
        long producer = store.producerOf(db, submission.gtin()).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("report.error.productNotFound", submission.gtin())));
        long id = store.insert(db, new ProblemReportStore.NewReport(producer, submission.gtin(), submission.lotNumber(),
                submission.serial(), kind, message, contact.isEmpty() ? null : contact, origin.place().orElse(null),
                submission.language() == null ? "vi" : submission.language(),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        perAddress.accepted(addressKey);
        perLabel.accepted(labelKey);
        return new Outcome.Accepted(id);
    }

    /**
     * The latest reports the actor may read: the agency's administrators and inspectors read all, a
     * producer's people their own organisation's; nobody else any.
     */
    public List<ProblemReportStore.StoredReport> latest(Actor actor, Integer limit) {
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > 1000) {
            throw new ProblemException.InvalidInput("limit", PageText.of("report.error.limit"));
        }
        return store.latest(db, scope(actor), rows);
    }

    private static OptionalLong scope(Actor actor) {
        if (actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN, Role.INSPECTOR)) {
            return OptionalLong.empty();
        }
        if (actor.organisationKind() == OrganisationKind.PRODUCER && actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF)) {
            return OptionalLong.of(actor.organisationId());
        }
        throw new ProblemException.Forbidden(PageText.of("report.error.readWho"));
    }

    private static ProblemReportStore.Kind kind(String kind) {
        try {
            return ProblemReportStore.Kind.valueOf(Optional.ofNullable(kind).orElse("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("kind", PageText.of("report.error.kind"));
        }
    }

    /** NFC, no control characters but line breaks, trimmed. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}&&[^\\n]]", "").strip();
    }
}
