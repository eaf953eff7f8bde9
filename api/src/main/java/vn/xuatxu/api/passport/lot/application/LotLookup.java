package vn.xuatxu.api.passport.lot.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.journey.persistence.LotCustodyStore;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Finds a lot for a signed-in person: their own organisation's lots, lots shipped to or held by them (one
 * step forward must see what it received), or any lot for the province agency. Anyone else's lot is "not
 * found", so ids reveal nothing.
 */
@Singleton
public final class LotLookup {

    private final DSLContext db;
    private final LotStore lots;
    private final LotCustodyStore custody;

    LotLookup(DSLContext db, LotStore lots, LotCustodyStore custody) {
        this.db = db;
        this.lots = lots;
        this.custody = custody;
    }

    /** A lot the actor may see: their own, one they hold, are about to receive or once handled, or any for the agency. */
    public LotStore.StoredLot find(Actor actor, long id) {
        return lots.byId(db, id)
                .filter(lot -> lot.organisationId() == actor.organisationId()
                        || actor.organisationKind() == OrganisationKind.AGENCY
                        || custody.involves(db, lot.id(), actor.organisationId()))
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("lot.error.notFoundId", id)));
    }

    /**
     * The same, found by product and lot number: what a phone that registered a lot offline is shown
     * beside its own version when the lot number turned out to be taken meanwhile.
     */
    public LotStore.StoredLot findByNumber(Actor actor, String gtin, String lotNumber) {
        long id = lots.byGtinAndNumber(db, Gtin.parse(gtin), LotNumber.parse(lotNumber))
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("lot.error.notFoundNumber", lotNumber))).id();
        return find(actor, id);
    }
}
