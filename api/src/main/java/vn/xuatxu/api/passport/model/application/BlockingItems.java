package vn.xuatxu.api.passport.model.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.passport.model.PassportItem;
import vn.xuatxu.api.passport.model.persistence.BlockingItemStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The province agency's choice of passport items without which no label is printed. Everyone signed in may
 * read it (producers see which items block); only the agency's administrator changes it.
 */
@Singleton
public final class BlockingItems {

    private final DSLContext db;
    private final BlockingItemStore store;

    BlockingItems(DSLContext db, BlockingItemStore store) {
        this.db = db;
        this.store = store;
    }

    public Set<PassportItem> current() {
        return store.items(db);
    }

    public Set<PassportItem> replace(Actor actor, Collection<String> names) {
        if (actor.organisationKind() != OrganisationKind.AGENCY || !actor.hasAnyRole(Role.AGENCY_ADMIN)) {
            throw new ProblemException.Forbidden(PageText.of("declaration.error.rulesWho"));
        }
        Set<PassportItem> items = EnumSet.noneOf(PassportItem.class);
        for (String name : names == null ? Set.<String>of() : names) {
            try {
                items.add(PassportItem.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ProblemException.InvalidInput("items", PageText.of("declaration.error.itemUnknown", name));
            }
        }
        db.transaction(configuration -> store.replace(configuration.dsl(), items, actor.userId()));
        return store.items(db);
    }
}
