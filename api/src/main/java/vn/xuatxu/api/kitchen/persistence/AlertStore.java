package vn.xuatxu.api.kitchen.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.KitchenAlertKind;
import vn.xuatxu.api.db.enums.KitchenAlertWebhookState;
import vn.xuatxu.api.db.enums.KitchenFridgeReadingSource;
import vn.xuatxu.api.db.tables.records.KitchenAlertRecord;
import vn.xuatxu.kitchen.alert.KitchenAlert;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.KITCHEN_ALERT;
import static vn.xuatxu.api.db.Tables.KITCHEN_ALERT_SETTINGS;
import static vn.xuatxu.api.db.Tables.KITCHEN_FRIDGE_READING;

/** Kitchen alerts, sample fridge readings and each school's alert settings (migration V16). */
@Singleton
public final class AlertStore {

    /** An alert as stored. */
    public record StoredAlert(long id, long kitchenId, LocalDate day, KitchenAlert.Kind kind, String subject, String message,
                              Instant raisedAt, Instant resolvedAt, Instant acknowledgedAt, String webhookState,
                              int webhookAttempts, String webhookError) {
        public boolean open() {
            return resolvedAt == null && acknowledgedAt == null;
        }
    }

    /** A fridge reading as stored. */
    public record StoredReading(long id, String fridge, BigDecimal celsius, LocalDateTime readAt, String source) {
    }

    /** A school's alert settings; the defaults when none were saved. */
    public record Settings(String webhookUrl, String webhookSecret, String sensorTokenSha256, LocalTime closingDeadline) {
        public static final Settings DEFAULT = new Settings(null, null, null, LocalTime.of(15, 0));
    }

    private final Clock clock;

    AlertStore(Clock clock) {
        this.clock = clock;
    }

    public void insertReading(DSLContext db, long kitchenId, String fridge, BigDecimal celsius, LocalDateTime readAt,
                              boolean sensor, Long enteredBy) {
        db.insertInto(KITCHEN_FRIDGE_READING)
                .set(KITCHEN_FRIDGE_READING.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_FRIDGE_READING.FRIDGE, fridge)
                .set(KITCHEN_FRIDGE_READING.CELSIUS, celsius)
                .set(KITCHEN_FRIDGE_READING.READ_AT, readAt)
                .set(KITCHEN_FRIDGE_READING.SOURCE, sensor ? KitchenFridgeReadingSource.SENSOR : KitchenFridgeReadingSource.MANUAL)
                .set(KITCHEN_FRIDGE_READING.ENTERED_BY, enteredBy)
                .set(KITCHEN_FRIDGE_READING.ENTERED_AT, now())
                .execute();
    }

    public List<StoredReading> readingsOf(DSLContext db, long kitchenId, LocalDate day) {
        return db.selectFrom(KITCHEN_FRIDGE_READING).where(KITCHEN_FRIDGE_READING.ORGANISATION_ID.eq(kitchenId))
                .and(KITCHEN_FRIDGE_READING.READ_AT.ge(day.atStartOfDay()))
                .and(KITCHEN_FRIDGE_READING.READ_AT.lt(day.plusDays(1).atStartOfDay()))
                .orderBy(KITCHEN_FRIDGE_READING.READ_AT, KITCHEN_FRIDGE_READING.ID)
                .fetch(r -> new StoredReading(r.getId(), r.getFridge(), r.getCelsius(), r.getReadAt(), r.getSource().name()));
    }

    /**
     * Makes the stored alerts of a day match what the rules found: new ones are raised (queued for the webhook
     * when one is set), ones no longer found are resolved. Returns the alerts raised now.
     */
    public List<StoredAlert> reconcile(DSLContext transaction, long kitchenId, LocalDate day, List<KitchenAlert> found,
                                       boolean webhook) {
        LocalDateTime now = now();
        List<StoredAlert> before = ofDay(transaction, kitchenId, day);
        for (KitchenAlert alert : found) {
            transaction.insertInto(KITCHEN_ALERT)
                    .set(KITCHEN_ALERT.ORGANISATION_ID, kitchenId)
                    .set(KITCHEN_ALERT.DAY, day)
                    .set(KITCHEN_ALERT.KIND, KitchenAlertKind.valueOf(alert.kind().name()))
                    .set(KITCHEN_ALERT.SUBJECT, alert.subject())
                    .set(KITCHEN_ALERT.MESSAGE, alert.message())
                    .set(KITCHEN_ALERT.RAISED_AT, now)
                    .set(KITCHEN_ALERT.WEBHOOK_STATE, webhook ? KitchenAlertWebhookState.PENDING : KitchenAlertWebhookState.NONE)
                    .onDuplicateKeyUpdate()
                    .set(KITCHEN_ALERT.RESOLVED_AT, (LocalDateTime) null)
                    .execute();
        }
        for (StoredAlert stored : before) {
            boolean stillFound = found.stream().anyMatch(a -> a.kind() == stored.kind() && a.subject().equals(stored.subject()));
            if (!stillFound && stored.resolvedAt() == null) {
                transaction.update(KITCHEN_ALERT).set(KITCHEN_ALERT.RESOLVED_AT, now).where(KITCHEN_ALERT.ID.eq(stored.id())).execute();
            }
        }
        return ofDay(transaction, kitchenId, day).stream()
                .filter(a -> before.stream().noneMatch(b -> b.id() == a.id())).toList();
    }

    public List<StoredAlert> ofDay(DSLContext db, long kitchenId, LocalDate day) {
        return db.selectFrom(KITCHEN_ALERT).where(KITCHEN_ALERT.ORGANISATION_ID.eq(kitchenId)).and(KITCHEN_ALERT.DAY.eq(day))
                .orderBy(KITCHEN_ALERT.ID).fetch(AlertStore::alert);
    }

    public Optional<StoredAlert> alert(DSLContext db, long kitchenId, long id) {
        return db.selectFrom(KITCHEN_ALERT).where(KITCHEN_ALERT.ORGANISATION_ID.eq(kitchenId)).and(KITCHEN_ALERT.ID.eq(id))
                .fetchOptional(AlertStore::alert);
    }

    public void acknowledge(DSLContext db, long id, long userId) {
        db.update(KITCHEN_ALERT).set(KITCHEN_ALERT.ACKNOWLEDGED_AT, now()).set(KITCHEN_ALERT.ACKNOWLEDGED_BY, userId)
                .where(KITCHEN_ALERT.ID.eq(id)).and(KITCHEN_ALERT.ACKNOWLEDGED_AT.isNull()).execute();
    }

    /** Alerts waiting for the webhook, oldest first. */
    public List<StoredAlert> pendingWebhooks(DSLContext db, int limit) {
        return db.selectFrom(KITCHEN_ALERT).where(KITCHEN_ALERT.WEBHOOK_STATE.eq(KitchenAlertWebhookState.PENDING))
                .orderBy(KITCHEN_ALERT.ID).limit(limit).fetch(AlertStore::alert);
    }

    public void webhookOutcome(DSLContext db, long id, boolean sent, boolean givenUp, String error) {
        db.update(KITCHEN_ALERT)
                .set(KITCHEN_ALERT.WEBHOOK_STATE, sent ? KitchenAlertWebhookState.SENT
                        : givenUp ? KitchenAlertWebhookState.FAILED : KitchenAlertWebhookState.PENDING)
                .set(KITCHEN_ALERT.WEBHOOK_ATTEMPTS, KITCHEN_ALERT.WEBHOOK_ATTEMPTS.plus(1))
                .set(KITCHEN_ALERT.WEBHOOK_ERROR, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .where(KITCHEN_ALERT.ID.eq(id)).execute();
    }

    public Settings settings(DSLContext db, long kitchenId) {
        return db.selectFrom(KITCHEN_ALERT_SETTINGS).where(KITCHEN_ALERT_SETTINGS.ORGANISATION_ID.eq(kitchenId))
                .fetchOptional(r -> new Settings(r.getWebhookUrl(), r.getWebhookSecret(), r.getSensorTokenSha256(),
                        r.getClosingDeadline()))
                .orElse(Settings.DEFAULT);
    }

    public void saveSettings(DSLContext db, long kitchenId, Settings settings) {
        db.insertInto(KITCHEN_ALERT_SETTINGS)
                .set(KITCHEN_ALERT_SETTINGS.ORGANISATION_ID, kitchenId)
                .set(KITCHEN_ALERT_SETTINGS.WEBHOOK_URL, settings.webhookUrl())
                .set(KITCHEN_ALERT_SETTINGS.WEBHOOK_SECRET, settings.webhookSecret())
                .set(KITCHEN_ALERT_SETTINGS.SENSOR_TOKEN_SHA256, settings.sensorTokenSha256())
                .set(KITCHEN_ALERT_SETTINGS.CLOSING_DEADLINE, settings.closingDeadline())
                .onDuplicateKeyUpdate()
                .set(KITCHEN_ALERT_SETTINGS.WEBHOOK_URL, settings.webhookUrl())
                .set(KITCHEN_ALERT_SETTINGS.WEBHOOK_SECRET, settings.webhookSecret())
                .set(KITCHEN_ALERT_SETTINGS.SENSOR_TOKEN_SHA256, settings.sensorTokenSha256())
                .set(KITCHEN_ALERT_SETTINGS.CLOSING_DEADLINE, settings.closingDeadline())
                .execute();
    }

    /** The kitchen whose thermometer presents this token. */
    public Optional<Long> kitchenOfSensor(DSLContext db, String tokenSha256) {
        return db.select(KITCHEN_ALERT_SETTINGS.ORGANISATION_ID).from(KITCHEN_ALERT_SETTINGS)
                .where(KITCHEN_ALERT_SETTINGS.SENSOR_TOKEN_SHA256.eq(tokenSha256)).fetchOptional(KITCHEN_ALERT_SETTINGS.ORGANISATION_ID);
    }

    private static StoredAlert alert(KitchenAlertRecord r) {
        return new StoredAlert(r.getId(), r.getOrganisationId(), r.getDay(), KitchenAlert.Kind.valueOf(r.getKind().name()),
                r.getSubject(), r.getMessage(), instant(r.getRaisedAt()), instant(r.getResolvedAt()),
                instant(r.getAcknowledgedAt()), r.getWebhookState().name(), r.getWebhookAttempts(), r.getWebhookError());
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
