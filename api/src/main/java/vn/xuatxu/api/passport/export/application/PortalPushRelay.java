package vn.xuatxu.api.passport.export.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.passport.export.domain.PassportRow;
import vn.xuatxu.api.passport.export.persistence.PassportExportStore;
import vn.xuatxu.api.passport.export.persistence.PortalPushStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Delivers every changed passport to the portal, batch by batch in (changedAt, lotId) order, resuming after
 * the last accepted batch (the cursor in {@code portal_push_cursor}). A refused or unreachable batch is
 * logged and ends the run; the next run starts with the same batch, so nothing is skipped. Exists only when
 * a {@link PassportPortal} does (the push is off by default).
 */
@Singleton
@Requires(bean = PassportPortal.class)
public final class PortalPushRelay {

    private static final Logger LOG = LoggerFactory.getLogger(PortalPushRelay.class);

    private final DSLContext db;
    private final PassportPortal portal;
    private final PassportExportStore passports;
    private final PortalPushStore pushes;
    private final PortalSettings settings;
    private final Clock clock;

    PortalPushRelay(DSLContext db, PassportPortal portal, PassportExportStore passports, PortalPushStore pushes,
                    PortalSettings settings, Clock clock) {
        this.db = db;
        this.portal = portal;
        this.passports = passports;
        this.pushes = pushes;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${xuatxu.portal.interval:5m}", initialDelay = "${xuatxu.portal.initial-delay:1m}")
    void onSchedule() {
        try {
            int delivered = runOnce();
            if (delivered > 0) {
                LOG.info("Pushed {} passports to the portal ({})", delivered, portal.name());
            }
        } catch (RuntimeException e) {
            LOG.warn("Portal push run failed; it resumes at the next run", e);
        }
    }

    /** Delivers batches until none is left or one is not accepted; answers how many passports were accepted. */
    public synchronized int runOnce() {
        int delivered = 0;
        while (true) {
            PortalPushStore.Position position = pushes.position(db, portal.name());
            List<PassportRow> rows = passports.after(db, position.changedAt(), position.lotId(),
                    Math.max(1, settings.getBatchSize()));
            if (rows.isEmpty()) {
                return delivered;
            }
            PassportPortal.Batch batch = new PassportPortal.Batch(batchId(rows), rows);
            Instant started = clock.instant();
            PassportPortal.Outcome outcome = portal.push(batch);
            Instant finished = clock.instant();
            db.transaction(configuration -> pushes.record(configuration.dsl(), portal.name(), batch, outcome, started,
                    finished));
            if (!(outcome instanceof PassportPortal.Outcome.Accepted)) {
                LOG.warn("Portal batch {} not accepted: {}", batch.id(), outcome);
                return delivered;
            }
            delivered += rows.size();
        }
    }

    /** SHA-256 over each passport's lot id, record hash and change time: the same content, the same id. */
    static String batchId(List<PassportRow> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PassportRow row : rows) {
                digest.update((row.lotId() + ":" + row.recordHash() + ":" + row.changedAt() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
