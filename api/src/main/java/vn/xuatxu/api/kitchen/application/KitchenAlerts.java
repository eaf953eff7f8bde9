package vn.xuatxu.api.kitchen.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.kitchen.persistence.AlertStore;
import vn.xuatxu.api.kitchen.persistence.AlertStore.Settings;
import vn.xuatxu.api.kitchen.persistence.AlertStore.StoredAlert;
import vn.xuatxu.api.kitchen.persistence.DayVersionStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.journey.persistence.RecallStore;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.secret.SecretToken;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.kitchen.KitchenTime;
import vn.xuatxu.kitchen.alert.AlertRules;
import vn.xuatxu.kitchen.sample.SampleRetentionPolicy;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kitchen's alerts: the rules of {@link AlertRules} run over the day as recorded (and over the lots the school
 * holds or is receiving, so a recall reaches the kitchen at once), whenever something that
 * matters is entered and every minute for today in every school, so an alert appears on the tablet and reaches
 * the school's webhook (pointed at an SMS or Zalo gateway) while there is still time to act. Sample fridge
 * readings come from staff or from a thermometer that posts with the school's sensor token.
 */
@Singleton
public final class KitchenAlerts implements DayChanged {

    private static final Logger LOG = LoggerFactory.getLogger(KitchenAlerts.class);
    private static final BigDecimal LOWEST = new BigDecimal("-30");
    private static final BigDecimal HIGHEST = new BigDecimal("60");

    /** The settings a manager saved, with the secrets created for them (shown once). */
    public record SavedSettings(Settings settings, String sensorToken) {
    }

    private final DSLContext db;
    private final KitchenAccess access;
    private final KitchenDirectory kitchens;
    private final DayReconstruction reconstruction;
    private final DayVersionStore versions;
    private final AlertStore store;
    private final Clock clock;
    private final LotCustodyStore custody;
    private final RecallStore recalls;
    private final LotStore lots;
    private final boolean allowPrivateWebhooks;
    private final SecureRandom random = new SecureRandom();

    KitchenAlerts(DSLContext db, KitchenAccess access, KitchenDirectory kitchens, DayReconstruction reconstruction,
                  DayVersionStore versions, AlertStore store, Clock clock, LotCustodyStore custody, RecallStore recalls,
                  LotStore lots, @Value("${xuatxu.kitchen.alerts.allow-private-webhooks:false}") boolean allowPrivateWebhooks) {
        this.custody = custody;
        this.recalls = recalls;
        this.lots = lots;
        this.db = db;
        this.access = access;
        this.kitchens = kitchens;
        this.reconstruction = reconstruction;
        this.versions = versions;
        this.store = store;
        this.clock = clock;
        this.allowPrivateWebhooks = allowPrivateWebhooks;
    }

    /**
     * The day's alerts as stored: the rules already ran when the day's entries and fridge readings were made,
     * and run every minute for today, so a page render needs no evaluation of its own.
     */
    public List<StoredAlert> stored(Actor actor, String kitchenId, LocalDate day) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        return store.ofDay(db, kitchen.id(), day == null ? today() : day);
    }

    /** The day's alerts, evaluated now (for machines polling the API, which may ask between two runs). */
    public List<StoredAlert> ofDay(Actor actor, String kitchenId, LocalDate day) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        LocalDate date = day == null ? today() : day;
        evaluate(kitchen, date);
        return store.ofDay(db, kitchen.id(), date);
    }

    public void acknowledge(Actor actor, String kitchenId, long alertId) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        StoredAlert alert = store.alert(db, kitchen.id(), alertId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.noAlert")));
        store.acknowledge(db, alert.id(), actor.userId());
    }

    /** A reading entered by staff. */
    public void recordReading(Actor actor, String kitchenId, String fridge, BigDecimal celsius, LocalTime at) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        record(kitchen, fridge, celsius, at, false, actor.userId());
    }

    /** A reading posted by a thermometer with the school's sensor token. */
    public void recordSensorReading(String token, String fridge, BigDecimal celsius) {
        if (token == null || token.isBlank()) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.sensorTokenMissing"));
        }
        long kitchenId = store.kitchenOfSensor(db, new SecretToken(token.strip()).sha256())
                .orElseThrow(() -> new ProblemException.Forbidden(PageText.of("kitchen.error.sensorTokenWrong")));
        record(kitchens.byId(db, kitchenId).orElseThrow(), fridge, celsius, null, true, null);
    }

    public Settings settings(Actor actor, String kitchenId) {
        Kitchen kitchen = access.readable(actor, kitchenId);
        return store.settings(db, kitchen.id());
    }

    /**
     * Saves where alerts are sent and when the day must be closed; a new webhook gets a new signing secret, and
     * {@code newSensorToken} issues a thermometer token (returned once, only its hash kept).
     */
    public SavedSettings saveSettings(Actor actor, String kitchenId, String webhookUrl, LocalTime closingDeadline,
                                      boolean newSensorToken) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        if (!KitchenAccess.manager(actor)) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.onlyManagerAlertSettings"));
        }
        Settings old = store.settings(db, kitchen.id());
        String url = webhookUrl == null || webhookUrl.isBlank() ? null : checkedWebhook(webhookUrl.strip());
        String secret = url == null ? null : url.equals(old.webhookUrl()) && old.webhookSecret() != null
                ? old.webhookSecret() : SecretToken.random(random, "whsec_").value();
        SecretToken sensorToken = newSensorToken ? SecretToken.random(random, "xxsensor_") : null;
        Settings saved = new Settings(url, secret, sensorToken != null ? sensorToken.sha256() : old.sensorTokenSha256(),
                closingDeadline == null ? old.closingDeadline() : closingDeadline);
        store.saveSettings(db, kitchen.id(), saved);
        return new SavedSettings(saved, sensorToken == null ? null : sensorToken.value());
    }

    /** Today's alerts for every school, every minute: an alert must not wait for someone to open the tablet. */
    @Scheduled(fixedDelay = "${xuatxu.kitchen.alerts.interval:60s}", initialDelay = "${xuatxu.kitchen.alerts.initial-delay:30s}")
    void evaluateToday() {
        LocalDate today = today();
        for (Kitchen kitchen : kitchens.all(db)) {
            try {
                evaluate(kitchen, today);
            } catch (RuntimeException e) {
                LOG.warn("Kitchen alerts of {} could not be evaluated: {}", kitchen.mspId(), e.toString());
            }
        }
    }

    /**
     * Runs the rules after an entry was stored; a failure is logged, not thrown, since the entry itself is
     * saved and the minute's run will try again.
     */
    @Override
    public void dayChanged(Kitchen kitchen, LocalDate day) {
        try {
            evaluate(kitchen, day);
        } catch (RuntimeException e) {
            LOG.warn("Kitchen alerts of {} on {} could not be evaluated after an entry: {}", kitchen.mspId(), day, e.toString());
        }
    }

    /** Runs the rules over the day as recorded and stores what changed. */
    void evaluate(Kitchen kitchen, LocalDate day) {
        DayRecords records = reconstruction.load(db, kitchen, day).standingAt(clock.instant());
        List<AlertRules.Served> served = records.serving().stream()
                .map(s -> new AlertRules.Served(s.dish().name(), s.eatingStartsAt().toLocalTime())).toList();
        Set<String> sampled = records.samples().stream().map(s -> s.dish().name()).collect(Collectors.toSet());
        List<AlertRules.FridgeReading> readings = store.readingsOf(db, kitchen.id(), day).stream()
                .map(r -> new AlertRules.FridgeReading(r.fridge(), r.celsius(), r.readAt())).toList();
        boolean closed = versions.latest(db, kitchen.id(), day).isPresent();
        Settings settings = store.settings(db, kitchen.id());
        AlertRules rules = AlertRules.of(settings.closingDeadline(), SampleRetentionPolicy.decision1246());
        List<AlertRules.RecalledLot> recalled = custody.heldFromOthers(db, kitchen.id(), 200).stream()
                .flatMap(lotId -> recalls.ofLot(db, lotId).flatMap(recall -> lots.byId(db, lotId).map(lot ->
                        new AlertRules.RecalledLot(lot.productName(), lot.details().lotNumber().value(), recall.reason()))).stream())
                .toList();
        var found = rules.evaluate(new AlertRules.Snapshot(day, served, sampled, readings, closed, recalled),
                KitchenTime.now(clock));
        db.transaction(configuration -> store.reconcile(configuration.dsl(), kitchen.id(), day, found,
                settings.webhookUrl() != null));
    }

    private void record(Kitchen kitchen, String fridge, BigDecimal celsius, LocalTime at, boolean sensor, Long userId) {
        String name = fridge == null || fridge.isBlank() ? "Tủ lưu mẫu" : Normalizer.normalize(fridge.strip(), Normalizer.Form.NFC);
        if (name.length() > 100) {
            throw new ProblemException.InvalidInput("fridge", PageText.of("kitchen.error.fridgeNameTooLong"));
        }
        if (celsius == null || celsius.compareTo(LOWEST) < 0 || celsius.compareTo(HIGHEST) > 0 || celsius.scale() > 1) {
            throw new ProblemException.InvalidInput("celsius", PageText.of("kitchen.error.celsiusRange"));
        }
        LocalDateTime now = KitchenTime.now(clock).withSecond(0);
        LocalDateTime readAt = at == null ? now : now.toLocalDate().atTime(at).withSecond(0).withNano(0);
        if (readAt.isAfter(now)) {
            throw new ProblemException.InvalidInput("readAt", PageText.of("kitchen.error.readingInFuture"));
        }
        store.insertReading(db, kitchen.id(), name, celsius, readAt, sensor, userId);
        evaluate(kitchen, readAt.toLocalDate());
    }

    /** Only http(s), and not the server's own network unless configured: a school must not make us call inside. */
    private String checkedWebhook(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("webhookUrl", PageText.of("kitchen.error.webhookInvalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || url.length() > 500) {
            throw new ProblemException.InvalidInput("webhookUrl", PageText.of("kitchen.error.webhookHttps"));
        }
        if (!allowPrivateWebhooks) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                            || address.isAnyLocalAddress()) {
                        throw new ProblemException.InvalidInput("webhookUrl",
                                PageText.of("kitchen.error.webhookPrivate"));
                    }
                }
            } catch (UnknownHostException e) {
                throw new ProblemException.InvalidInput("webhookUrl", PageText.of("kitchen.error.webhookHostUnknown", uri.getHost()));
            }
        }
        return url;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(KitchenTime.ZONE));
    }
}
