package vn.xuatxu.api.identity.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.LegalForm;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.OrganisationStore;
import vn.xuatxu.api.identity.persistence.SessionStore;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may create whom. The province agency's administrator creates organisations together with their
 * first administrator; an organisation's administrator adds its own staff with the roles its kind allows;
 * everyone changes their own password. Each rule is checked here, on the server, for API and pages alike.
 */
@Singleton
public final class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MIN_PASSWORD = 10;

    /** A new person: login name, the name shown to others, an initial password and roles. */
    public record NewAccount(String username, String displayName, String password, Set<Role> roles) {
    }

    /** A new organisation with its first administrator. */
    public record NewOrganisation(String mspId, String name, OrganisationKind kind, LegalForm legalForm, String province,
                                  String district, String commune, NewAccount admin) {
    }

    private final DSLContext db;
    private final OrganisationRegistration registration;
    private final OrganisationStore organisations;
    private final AccountStore accounts;
    private final StaffDirectory directory;
    private final SessionStore sessions;
    private final PasswordHasher hasher;

    AccountAdministration(DSLContext db, OrganisationRegistration registration, OrganisationStore organisations,
                          AccountStore accounts, StaffDirectory directory, SessionStore sessions, PasswordHasher hasher) {
        this.db = db;
        this.registration = registration;
        this.organisations = organisations;
        this.accounts = accounts;
        this.directory = directory;
        this.sessions = sessions;
        this.hasher = hasher;
    }

    /** The roles an organisation of this kind can give its people. */
    public static Set<Role> rolesFor(OrganisationKind kind) {
        return switch (kind) {
            case AGENCY -> EnumSet.of(Role.AGENCY_ADMIN, Role.INSPECTOR);
            case PRODUCER -> EnumSet.of(Role.ORG_ADMIN, Role.STAFF);
            case SCHOOL_KITCHEN -> EnumSet.of(Role.KITCHEN_MANAGER, Role.KITCHEN_STAFF);
        };
    }

    /** The role that administers an organisation of this kind. */
    public static Role adminRoleOf(OrganisationKind kind) {
        return switch (kind) {
            case AGENCY -> Role.AGENCY_ADMIN;
            case PRODUCER -> Role.ORG_ADMIN;
            case SCHOOL_KITCHEN -> Role.KITCHEN_MANAGER;
        };
    }

    public StaffDirectory.OrganisationSummary createOrganisation(Actor actor, NewOrganisation request) {
        requireAgencyAdmin(actor);
        if (request.kind() == null) {
            throw new ProblemException.InvalidInput("kind", PageText.of("admin.error.kindMissing"));
        }
        if (request.kind() == OrganisationKind.AGENCY) {
            throw new ProblemException.InvalidInput("kind", PageText.of("admin.error.secondAgency"));
        }
        if (request.kind() == OrganisationKind.PRODUCER && request.legalForm() == null) {
            throw new ProblemException.InvalidInput("legalForm",
                    PageText.of("admin.error.legalFormMissing"));
        }
        String mspId = request.mspId() == null ? "" : request.mspId().strip();
        if (!MSP_ID.matcher(mspId).matches()) {
            throw new ProblemException.InvalidInput("mspId", PageText.of("admin.error.mspId"));
        }
        String name = text(request.name(), "name", PageText.of("admin.error.nameMissing"), 200);
        String province = text(request.province(), "province", PageText.of("admin.error.provinceMissing"), 100);
        String district = optional(request.district(), "district", 100);
        String commune = optional(request.commune(), "commune", 100);
        NewAccount admin = request.admin() == null ? new NewAccount(null, null, null, Set.of()) : request.admin();
        String username = username(admin.username());
        String displayName = text(admin.displayName(), "displayName", PageText.of("admin.error.adminNameMissing"), 200);
        password(admin.password(), "password");
        if (organisations.idByMspId(db, mspId).isPresent()) {
            throw new ProblemException.Conflict(PageText.of("admin.error.mspIdTaken", mspId));
        }
        if (accounts.exists(db, username)) {
            throw new ProblemException.Conflict(PageText.of("admin.error.usernameTaken", username));
        }
        long id = inTransaction(tx -> {
            long organisationId = registration.register(tx, new OrganisationStore.NewOrganisation(mspId, name,
                    request.kind(), province, district, commune));
            directory.setLegalForm(tx, organisationId, request.kind() == OrganisationKind.PRODUCER ? request.legalForm() : null);
            registration.addAccount(tx, organisationId, username, displayName, admin.password(),
                    EnumSet.of(adminRoleOf(request.kind())));
            return organisationId;
        });
        return directory.organisation(db, id).orElseThrow();
    }

    public StaffDirectory.StaffMember addAccount(Actor actor, long organisationId, NewAccount request) {
        StaffDirectory.OrganisationSummary organisation = visibleOrganisation(actor, organisationId);
        boolean agencyAdmin = actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN);
        boolean ownAdmin = actor.organisationId() == organisationId && actor.hasAnyRole(adminRoleOf(organisation.kind()));
        if (!agencyAdmin && !ownAdmin) {
            throw new ProblemException.Forbidden(PageText.of("admin.error.addWho", organisation.name()));
        }
        String username = username(request.username());
        String displayName = text(request.displayName(), "displayName", PageText.of("admin.error.displayNameMissing"), 200);
        password(request.password(), "password");
        Set<Role> allowed = rolesFor(organisation.kind());
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new ProblemException.InvalidInput("roles", PageText.of("admin.error.roleMissing"));
        }
        for (Role role : request.roles()) {
            if (!allowed.contains(role)) {
                throw new ProblemException.InvalidInput("roles", PageText.of("admin.error.roleNotAllowed", role, allowed));
            }
        }
        if (accounts.exists(db, username)) {
            throw new ProblemException.Conflict(PageText.of("admin.error.usernameTaken", username));
        }
        long id = inTransaction(tx -> registration.addAccount(tx, organisationId, username, displayName, request.password(),
                EnumSet.copyOf(request.roles())));
        return directory.staff(db, organisationId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /**
     * Locks ({@code active = false}) or unlocks a person's account. The organisation's administrator does it for
     * their own people, the agency's administrator for anyone (e.g. an organisation's only administrator who
     * left). Locking ends every session of the account at once and refuses its sign-in; unlocking does not bring
     * the old sessions back. Nobody locks their own account, so an organisation keeps an administrator.
     */
    public StaffDirectory.StaffMember setActive(Actor actor, long organisationId, long userId, boolean active) {
        StaffDirectory.OrganisationSummary organisation = visibleOrganisation(actor, organisationId);
        boolean agencyAdmin = actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN);
        boolean ownAdmin = actor.organisationId() == organisationId && actor.hasAnyRole(adminRoleOf(organisation.kind()));
        if (!agencyAdmin && !ownAdmin) {
            throw new ProblemException.Forbidden(PageText.of("admin.error.lockWho", organisation.name()));
        }
        StaffDirectory.StaffMember member = directory.member(db, organisationId, userId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("admin.error.userNotFound", userId, organisation.name())));
        if (member.id() == actor.userId()) {
            throw new ProblemException.Conflict(PageText.of("admin.error.lockSelf"));
        }
        if (member.active() != active) {
            db.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                directory.setActive(tx, userId, active);
                if (!active) {
                    sessions.endAllSessions(tx, userId);
                }
            });
        }
        return directory.member(db, organisationId, userId).orElseThrow();
    }

    /** The organisations a person may see: all of them for the agency, otherwise their own. */
    public List<StaffDirectory.OrganisationSummary> organisations(Actor actor) {
        if (actor.organisationKind() == OrganisationKind.AGENCY) {
            return directory.organisations(db);
        }
        return directory.organisation(db, actor.organisationId()).stream().toList();
    }

    public List<StaffDirectory.StaffMember> staff(Actor actor, long organisationId) {
        StaffDirectory.OrganisationSummary organisation = visibleOrganisation(actor, organisationId);
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY;
        if (!agency && !actor.hasAnyRole(adminRoleOf(organisation.kind()))) {
            throw new ProblemException.Forbidden(PageText.of("admin.error.staffWho"));
        }
        return directory.staff(db, organisationId);
    }

    /**
     * Changes the person's own password after checking the current one, and ends all their other
     * sessions; returns the instant from which new sessions count.
     */
    public Instant changePassword(Actor actor, String currentPassword, String newPassword) {
        String stored = directory.passwordHash(db, actor.userId())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("account.error.notFound")));
        if (currentPassword == null || currentPassword.length() > 256 || !hasher.matches(currentPassword, stored)) {
            throw new ProblemException.InvalidInput("currentPassword", PageText.of("account.error.currentWrong"));
        }
        password(newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new ProblemException.InvalidInput("newPassword", PageText.of("account.error.sameAsCurrent"));
        }
        String hash = hasher.hash(newPassword);
        return inTransaction(tx -> {
            directory.setPasswordHash(tx, actor.userId(), hash);
            return sessions.endAllSessions(tx, actor.userId());
        });
    }

    private StaffDirectory.OrganisationSummary visibleOrganisation(Actor actor, long organisationId) {
        if (actor.organisationKind() != OrganisationKind.AGENCY && actor.organisationId() != organisationId) {
            throw new ProblemException.NotFound(PageText.of("admin.error.organisationNotFound", organisationId));
        }
        return directory.organisation(db, organisationId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("admin.error.organisationNotFound", organisationId)));
    }

    private static void requireAgencyAdmin(Actor actor) {
        if (actor.organisationKind() != OrganisationKind.AGENCY || !actor.hasAnyRole(Role.AGENCY_ADMIN)) {
            throw new ProblemException.Forbidden(PageText.of("admin.error.createWho"));
        }
    }

    private static String username(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new ProblemException.InvalidInput("username", PageText.of("admin.error.username"));
        }
        return value;
    }

    private static void password(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ProblemException.InvalidInput(field, PageText.of("account.error.passwordShort", MIN_PASSWORD));
        }
        if (password.length() > 256) {
            throw new ProblemException.InvalidInput(field, PageText.of("account.error.passwordLong"));
        }
    }

    private static String text(String value, String field, PageText missing, int max) {
        String stripped = OrganisationRegistration.nfc(value);
        if (stripped == null || stripped.isEmpty()) {
            throw new ProblemException.InvalidInput(field, missing);
        }
        if (stripped.length() > max) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.textTooLong", max));
        }
        return stripped;
    }

    private static String optional(String value, String field, int max) {
        String stripped = OrganisationRegistration.nfc(value);
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > max) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.textTooLong", max));
        }
        return stripped;
    }

    private <T> T inTransaction(java.util.function.Function<DSLContext, T> work) {
        try {
            return db.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw new ProblemException.Conflict(PageText.of("admin.error.race"));
            }
            throw e;
        }
    }
}
