package vn.xuatxu.api.passport.export.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.passport.export.domain.Circular02Record;
import vn.xuatxu.api.passport.export.domain.EpcisDocument;
import vn.xuatxu.api.passport.export.domain.PassportRow;
import vn.xuatxu.api.passport.export.persistence.PassportExportStore;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.resolver.PassportDocuments;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exports of one lot, for whoever may see the lot ({@link LotLookup} decides, as for every lot endpoint):
 * the resolver's JSON-LD passport, the Circular 02 record (JSON, PDF) and the EPCIS 2.0 document. All four
 * read the same stored lot and journey, so they agree with each other and with the passport page.
 */
@Singleton
public final class LotExports {

    private final DSLContext db;
    private final LotLookup lookup;
    private final PassportExportStore rows;
    private final TraceEventStore events;
    private final PassportDocuments documents;
    private final Circular02Pdf pdf;
    private final Clock clock;
    private final EpcisDocument epcis = new EpcisDocument();

    LotExports(DSLContext db, LotLookup lookup, PassportExportStore rows, TraceEventStore events,
               PassportDocuments documents, Circular02Pdf pdf, Clock clock) {
        this.db = db;
        this.lookup = lookup;
        this.rows = rows;
        this.events = events;
        this.documents = documents;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The passport as JSON-LD: the resolver's own document for the lot's Digital Link. */
    public Map<String, Object> jsonLd(Actor actor, long lotId) {
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        return documents.lotJsonLd(lot.details().gtin(), lot.details().lotNumber())
                .orElseThrow(() -> notFound(lotId));
    }

    public Circular02Record circular02(Actor actor, long lotId) {
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        PassportRow row = row(lotId);
        List<Circular02Record.Stage> stages = new ArrayList<>();
        String productCode = productTraceCode(lot);
        stages.add(new Circular02Record.Stage("Đăng ký lô sản xuất", "commissioning", productCode,
                "urn:xuatxu:org:" + lot.details().producerMspId(), lot.producerName(), lot.createdAt(), null));
        for (TraceEventStore.StoredEvent event : events.ofLot(db, lotId)) {
            stages.add(new Circular02Record.Stage(event.step().vietnamese(), event.bizStep(), productCode,
                    null, event.organisationName(), event.eventTimeUtc(), event.eventHash()));
        }
        return Circular02Record.of(row, stages);
    }

    public byte[] circular02Pdf(Actor actor, long lotId) {
        return pdf.render(circular02(actor, lotId), clock.instant());
    }

    /** The lot's EPCIS 2.0 document: its commissioning, then its journey events as stored and hashed. */
    public ObjectNode epcis(Actor actor, long lotId) {
        LotStore.StoredLot lot = lookup.find(actor, lotId);
        ObjectNode commissioning = epcis.commissioning(new EpcisDocument.Commissioning(productTraceCode(lot),
                lot.details().quantity(), lot.details().unit().name(), lot.createdAt(), lot.details().lotNumber().value(),
                lot.details().bestBeforeDate().orElse(null), lot.details().producerMspId()));
        List<String> stored = events.ofLot(db, lotId).stream().map(TraceEventStore.StoredEvent::epcisJson).toList();
        return epcis.document(commissioning, stored, clock.instant());
    }

    private PassportRow row(long lotId) {
        return rows.byLot(db, lotId).orElseThrow(() -> notFound(lotId));
    }

    /** The lot's canonical Digital Link on id.gs1.org: its product trace code in events and records. */
    private static String productTraceCode(LotStore.StoredLot lot) {
        return "https://id.gs1.org" + DigitalLink.lotPath(lot.details().gtin(), lot.details().lotNumber());
    }

    private static ProblemException.NotFound notFound(long lotId) {
        return new ProblemException.NotFound(PageText.of("lot.error.notFoundId", lotId));
    }
}
