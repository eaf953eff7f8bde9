package vn.xuatxu.api.passport.lot.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Finds a lot for a signed-in person: their own organisation's lots, or any lot for the province agency.
 * Someone else's lot is "not found", so ids reveal nothing.
 */
@Singleton
public final class LotLookup {

    private final DSLContext db;
    private final LotStore lots;

    LotLookup(DSLContext db, LotStore lots) {
        this.db = db;
        this.lots = lots;
    }

    public LotStore.StoredLot find(Actor actor, long id) {
        return lots.byId(db, id)
                .filter(lot -> lot.organisationId() == actor.organisationId()
                        || actor.organisationKind() == OrganisationKind.AGENCY)
                .orElseThrow(() -> new ProblemException.NotFound("Không tìm thấy lô hàng số " + id + "."));
    }
}
