package vn.xuatxu.api.kitchen.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.LoginThrottle;
import vn.xuatxu.api.identity.application.PasswordHasher;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory;
import vn.xuatxu.api.kitchen.persistence.KitchenDirectory.Kitchen;
import vn.xuatxu.api.kitchen.persistence.TabletPersonStore;
import vn.xuatxu.api.kitchen.persistence.TabletPersonStore.KitchenPerson;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * Quick person switching on the kitchen's shared tablet. The tablet stays signed in (one session, often the
 * kitchen's own account); whoever starts working taps their name and types their short PIN, and from then on
 * every record made through that session carries their name, as on paper where each person signs their rows.
 *
 * <p>Why a PIN and not a password: gloved, wet hands and a queue at the receiving bay; a 4–6 digit PIN is
 * typed in two seconds. It is hashed like a password, only switches people inside a session already signed in
 * to the same kitchen, and wrong PINs are throttled per person and per session, so it cannot be guessed. The
 * manager's powers (close the day, destroy samples, holds) follow the person switched in, not the session.
 */
@Singleton
public final class TabletPeople {

    private final DSLContext db;
    private final KitchenAccess access;
    private final TabletPersonStore store;
    private final KitchenDirectory kitchens;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    TabletPeople(DSLContext db, KitchenAccess access, TabletPersonStore store, KitchenDirectory kitchens,
                 AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.db = db;
        this.access = access;
        this.store = store;
        this.kitchens = kitchens;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * The person a request acts as: whoever last switched in on this session, if they are still an active
     * member of the signed-in person's kitchen; otherwise the signed-in person.
     */
    public Actor acting(Actor signedIn, String sessionId) {
        if (sessionId == null || !KitchenAccess.kitchenStaff(signedIn)) {
            return signedIn;
        }
        return store.personOf(db, sessionId)
                .filter(userId -> userId != signedIn.userId())
                .flatMap(this::account)
                .filter(a -> a.active() && a.actor().organisationId() == signedIn.organisationId()
                        && KitchenAccess.kitchenStaff(a.actor()))
                .map(AccountStore.Account::actor)
                .orElse(signedIn);
    }

    /** The kitchen's people for the "who is working" control. */
    public List<KitchenPerson> people(Actor actor, String kitchenId) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        return store.people(db, kitchen.id()).stream().filter(p -> kitchenRole(p.roles())).toList();
    }

    /** Switches the session to the person whose PIN this is; wrong PINs are throttled. */
    public Actor switchTo(Actor signedIn, String sessionId, String kitchenId, Long userId, String pin) {
        Kitchen kitchen = access.writable(signedIn, kitchenId);
        if (sessionId == null) {
            throw new ProblemException.InvalidInput("pin", PageText.of("kitchen.error.sessionCannotSwitch"));
        }
        if (userId == null) {
            throw new ProblemException.InvalidInput("person", PageText.of("kitchen.error.choosePerson"));
        }
        String personKey = "pin:" + userId;
        String sessionKey = "pin-session:" + sessionId;
        Optional<Duration> wait = throttle.blocked(personKey, sessionKey);
        if (wait.isPresent()) {
            throw new ProblemException.TooMany(PageText.of("kitchen.error.pinThrottled",
                    Math.max(1, (wait.get().toSeconds() + 59) / 60)));
        }
        Optional<AccountStore.Account> person = account(userId).filter(a -> a.active()
                && a.actor().organisationId() == kitchen.id() && KitchenAccess.kitchenStaff(a.actor()));
        Optional<String> hash = person.flatMap(p -> store.pinHash(db, userId));
        if (hash.isEmpty() || pin == null || !hasher.matches(pin.strip(), hash.get())) {
            throw new ProblemException.Forbidden(wrongPin(personKey, sessionKey, hash.isPresent()));
        }
        throttle.succeeded(personKey);
        store.switchTo(db, sessionId, userId, clock.instant());
        return person.get().actor();
    }

    private PageText wrongPin(String personKey, String sessionKey, boolean hasPin) {
        throttle.failed(personKey, sessionKey);
        return PageText.of(hasPin ? "kitchen.error.wrongPin" : "kitchen.error.noPin");
    }

    /** Sets a PIN: anyone for themselves, the kitchen manager for anyone of the kitchen. */
    public void setPin(Actor actor, String kitchenId, Long userId, String pin) {
        Kitchen kitchen = access.writable(actor, kitchenId);
        long target = userId == null ? actor.userId() : userId;
        if (target != actor.userId() && !KitchenAccess.manager(actor)) {
            throw new ProblemException.Forbidden(PageText.of("kitchen.error.onlyManagerSetsPin"));
        }
        boolean ofKitchen = store.people(db, kitchen.id()).stream()
                .anyMatch(p -> p.userId() == target && kitchenRole(p.roles()));
        if (!ofKitchen) {
            throw new ProblemException.NotFound(PageText.of("kitchen.error.notInKitchen", kitchen.name()));
        }
        String digits = pin == null ? "" : pin.strip();
        if (!digits.matches("[0-9]{4,6}")) {
            throw new ProblemException.InvalidInput("pin", PageText.of("kitchen.error.pinLength"));
        }
        if (digits.chars().distinct().count() == 1 || "0123456789".contains(digits) || "9876543210".contains(digits)) {
            throw new ProblemException.InvalidInput("pin", PageText.of("kitchen.error.pinGuessable"));
        }
        store.savePin(db, target, hasher.hash(digits), actor.userId(), clock.instant());
    }

    private Optional<AccountStore.Account> account(long userId) {
        return kitchens.username(db, userId).flatMap(username -> accounts.byUsername(db, username));
    }

    private static boolean kitchenRole(String roles) {
        return roles.contains(Role.KITCHEN_MANAGER.name()) || roles.contains(Role.KITCHEN_STAFF.name());
    }
}
