package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Decides, on the server and for every call, which kitchen's records a person may read or write. A school's
 * own staff log its records (KITCHEN_STAFF and KITCHEN_MANAGER) and only its manager closes the day; the
 * province agency's inspectors and administrators read every school; nobody else reads or writes them.
 */
@Singleton
public final class KitchenAccess {

    private final DSLContext db;
    private final KitchenDirectory kitchens;

    KitchenAccess(DSLContext db, KitchenDirectory kitchens) {
        this.db = db;
        this.kitchens = kitchens;
    }

    /** The kitchen of a read request: the person's own school, or any school for the agency. */
    public Kitchen readable(Actor actor, String kitchenId) {
        Kitchen kitchen = find(kitchenId);
        if (agencyReader(actor) || ownStaff(actor, kitchen)) {
            return kitchen;
        }
        throw new ProblemException.Forbidden(PageText.of("kitchen.error.cannotView", kitchen.name()));
    }

    /** The kitchen of a write request: only the school's own kitchen staff or manager. */
    public Kitchen writable(Actor actor, String kitchenId) {
        Kitchen kitchen = find(kitchenId);
        if (!ownStaff(actor, kitchen)) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.cannotWrite", kitchen.name()));
        }
        return kitchen;
    }

    /** The kitchen whose day is closed: only its manager may close or amend a day. */
    public Kitchen closable(Actor actor, String kitchenId) {
        Kitchen kitchen = writable(actor, kitchenId);
        if (!actor.hasAnyRole(Role.KITCHEN_MANAGER)) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.onlyManagerCloses"));
        }
        return kitchen;
    }

    /**
     * The kitchen whose samples are put under a legal hold or released: its own manager, or the agency's
     * inspectors and administrators, who investigate suspected food poisoning.
     */
    public Kitchen holdable(Actor actor, String kitchenId) {
        Kitchen kitchen = find(kitchenId);
        if (agencyReader(actor) || (ownStaff(actor, kitchen) && actor.hasAnyRole(Role.KITCHEN_MANAGER))) {
            return kitchen;
        }
        throw new ProblemException.Forbidden(PageText.of("kitchen.error.onlyManagerOrInspectorHolds"));
    }

    /** The kitchen a sample is destroyed in: only its manager destroys samples (Form 5 column 12). */
    public Kitchen destroyable(Actor actor, String kitchenId) {
        Kitchen kitchen = writable(actor, kitchenId);
        if (!actor.hasAnyRole(Role.KITCHEN_MANAGER)) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.onlyManagerDestroys"));
        }
        return kitchen;
    }

    /** True for a school kitchen's own staff or manager. */
    public static boolean kitchenStaff(Actor actor) {
        return actor.organisationKind() == OrganisationKind.SCHOOL_KITCHEN && staff(actor);
    }

    /** True for the agency's inspectors and administrators. */
    public static boolean agency(Actor actor) {
        return agencyReader(actor);
    }

    /** The kitchens a person may read: their own, or all of them for the agency. */
    public List<Kitchen> visible(Actor actor) {
        if (agencyReader(actor)) {
            return kitchens.all(db);
        }
        if (actor.organisationKind() == OrganisationKind.SCHOOL_KITCHEN && staff(actor)) {
            return kitchens.byId(db, actor.organisationId()).stream().toList();
        }
        return List.of();
    }

    /** True when the person may close days of their kitchen. */
    public static boolean manager(Actor actor) {
        return actor.organisationKind() == OrganisationKind.SCHOOL_KITCHEN && actor.hasAnyRole(Role.KITCHEN_MANAGER);
    }

    private Kitchen find(String kitchenId) {
        if (kitchenId == null || kitchenId.isBlank() || kitchenId.length() > 64) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.kitchenNotFound"));
        }
        return kitchens.byMspId(db, kitchenId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("kitchen.error.kitchenIdNotFound", kitchenId)));
    }

    private static boolean agencyReader(Actor actor) {
        return actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.INSPECTOR, Role.AGENCY_ADMIN);
    }

    private static boolean ownStaff(Actor actor, Kitchen kitchen) {
        return actor.organisationKind() == OrganisationKind.SCHOOL_KITCHEN && actor.organisationId() == kitchen.id()
                && staff(actor);
    }

    private static boolean staff(Actor actor) {
        return actor.hasAnyRole(Role.KITCHEN_MANAGER, Role.KITCHEN_STAFF);
    }
}
