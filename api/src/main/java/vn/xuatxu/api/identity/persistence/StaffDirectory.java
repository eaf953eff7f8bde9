package vn.xuatxu.api.identity.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.db.enums.OrganisationLegalForm;
import vn.xuatxu.api.identity.domain.LegalForm;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.ORGANISATION;

/** Organisations and their people as administrators list and change them. */
@Singleton
public final class StaffDirectory {

    /** An organisation as administration pages list it. */
    public record OrganisationSummary(long id, String mspId, String name, OrganisationKind kind, LegalForm legalForm,
                                      String province, String district, String commune, String ledgerStatus) {
    }

    /** A person's account without its password hash. */
    public record StaffMember(long id, long organisationId, String username, String displayName, Set<Role> roles,
                              boolean active) {
    }

    private final Clock clock;

    StaffDirectory(Clock clock) {
        this.clock = clock;
    }

    public void setLegalForm(DSLContext transaction, long organisationId, LegalForm legalForm) {
        transaction.update(ORGANISATION)
                .set(ORGANISATION.LEGAL_FORM, legalForm == null ? null : OrganisationLegalForm.valueOf(legalForm.name()))
                .where(ORGANISATION.ID.eq(organisationId)).execute();
    }

    public List<OrganisationSummary> organisations(DSLContext db) {
        return db.selectFrom(ORGANISATION).orderBy(ORGANISATION.KIND, ORGANISATION.NAME).fetch(this::summary);
    }

    public Optional<OrganisationSummary> organisation(DSLContext db, long id) {
        return db.selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id)).fetchOptional(this::summary);
    }

    public Optional<OrganisationSummary> organisationByMspId(DSLContext db, String mspId) {
        return db.selectFrom(ORGANISATION).where(ORGANISATION.MSP_ID.eq(mspId)).fetchOptional(this::summary);
    }

    public List<StaffMember> staff(DSLContext db, long organisationId) {
        return db.selectFrom(APP_USER).where(APP_USER.ORGANISATION_ID.eq(organisationId)).orderBy(APP_USER.USERNAME)
                .fetch(row -> new StaffMember(row.getId(), row.getOrganisationId(), row.getUsername(),
                        row.getDisplayName(), roles(row.getRoles()), Boolean.TRUE.equals(row.getActive())));
    }

    /** The person with this id, if they belong to the organisation. */
    public Optional<StaffMember> member(DSLContext db, long organisationId, long userId) {
        return staff(db, organisationId).stream().filter(s -> s.id() == userId).findFirst();
    }

    public void setActive(DSLContext transaction, long userId, boolean active) {
        transaction.update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(userId)).execute();
    }

    public Optional<String> passwordHash(DSLContext db, long userId) {
        return db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(0, String.class);
    }

    public void setPasswordHash(DSLContext transaction, long userId, String hash) {
        transaction.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.PASSWORD_CHANGED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .where(APP_USER.ID.eq(userId)).execute();
    }

    private OrganisationSummary summary(vn.xuatxu.api.db.tables.records.OrganisationRecord row) {
        return new OrganisationSummary(row.getId(), row.getMspId(), row.getName(), OrganisationKind.valueOf(row.getKind().name()),
                row.getLegalForm() == null ? null : LegalForm.valueOf(row.getLegalForm().name()), row.getProvince(),
                row.getDistrict(), row.getCommune(), row.getLedgerStatus().name());
    }

    private static Set<Role> roles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(name -> {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // Unknown roles grant nothing.
            }
        });
        return roles;
    }
}
