package vn.xuatxu.api.kitchen.persistence;

import static vn.xuatxu.api.db.Tables.ORGANISATION;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.xuatxu.api.db.enums.OrganisationKind;

/**
 * The school kitchens known to the platform: the organisations of kind {@code SCHOOL_KITCHEN}. Pages and the
 * API name a kitchen by its ledger id (MSP id), which is also what the public QR code at the school gate
 * carries.
 */
@Singleton
public final class KitchenDirectory {

    /** A school kitchen and where it is, for form headers and public pages. */
    public record Kitchen(long id, String mspId, String name, String province, String district, String commune) {

        /** The address printed on the forms: commune, district, province. */
        public String address() {
            return String.join(", ", java.util.stream.Stream.of(commune, district, province)
                    .filter(part -> part != null && !part.isBlank()).toList());
        }
    }

    public Optional<Kitchen> byMspId(DSLContext db, String mspId) {
        return db.selectFrom(ORGANISATION)
                .where(ORGANISATION.MSP_ID.eq(mspId).and(ORGANISATION.KIND.eq(OrganisationKind.SCHOOL_KITCHEN)))
                .fetchOptional(KitchenDirectory::kitchen);
    }

    public Optional<Kitchen> byId(DSLContext db, long id) {
        return db.selectFrom(ORGANISATION)
                .where(ORGANISATION.ID.eq(id).and(ORGANISATION.KIND.eq(OrganisationKind.SCHOOL_KITCHEN)))
                .fetchOptional(KitchenDirectory::kitchen);
    }

    public List<Kitchen> all(DSLContext db) {
        return db.selectFrom(ORGANISATION)
                .where(ORGANISATION.KIND.eq(OrganisationKind.SCHOOL_KITCHEN))
                .orderBy(ORGANISATION.NAME)
                .fetch(KitchenDirectory::kitchen);
    }

    /** The login of an account, to let a second person confirm with their own password. */
    public Optional<String> username(DSLContext db, long userId) {
        return db.select(vn.xuatxu.api.db.Tables.APP_USER.USERNAME).from(vn.xuatxu.api.db.Tables.APP_USER)
                .where(vn.xuatxu.api.db.Tables.APP_USER.ID.eq(userId)).fetchOptional(0, String.class);
    }

    private static Kitchen kitchen(Record row) {
        return new Kitchen(row.get(ORGANISATION.ID), row.get(ORGANISATION.MSP_ID), row.get(ORGANISATION.NAME),
                row.get(ORGANISATION.PROVINCE), row.get(ORGANISATION.DISTRICT), row.get(ORGANISATION.COMMUNE));
    }
}
