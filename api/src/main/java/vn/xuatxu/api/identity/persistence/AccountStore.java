package vn.xuatxu.api.identity.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.xuatxu.api.db.Tables.APP_USER;
import static vn.xuatxu.api.db.Tables.ORGANISATION;

/** People's accounts: who they are, which organisation they act for, their password hash and roles. */
@Singleton
public final class AccountStore {

    /** An account as sign-in needs it. */
    public record Account(Actor actor, String displayName, String organisationName, String passwordHash, boolean active) {
    }

    private final Clock clock;

    AccountStore(Clock clock) {
        this.clock = clock;
    }

    public Optional<Account> byUsername(DSLContext db, String username) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.ROLES,
                        APP_USER.ACTIVE, ORGANISATION.ID, ORGANISATION.MSP_ID, ORGANISATION.KIND, ORGANISATION.NAME)
                .from(APP_USER).join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(row -> new Account(
                        new Actor(row.get(APP_USER.ID), row.get(APP_USER.USERNAME), row.get(ORGANISATION.ID),
                                row.get(ORGANISATION.MSP_ID), OrganisationKind.valueOf(row.get(ORGANISATION.KIND).name()),
                                roles(row.get(APP_USER.ROLES))),
                        row.get(APP_USER.DISPLAY_NAME), row.get(ORGANISATION.NAME), row.get(APP_USER.PASSWORD_HASH),
                        Boolean.TRUE.equals(row.get(APP_USER.ACTIVE))));
    }

    public boolean exists(DSLContext db, String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public long insert(DSLContext transaction, long organisationId, String username, String displayName,
                       String passwordHash, Set<Role> roles) {
        return transaction.insertInto(APP_USER)
                .set(APP_USER.ORGANISATION_ID, organisationId)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLES, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .returningResult(APP_USER.ID)
                .fetchOne()
                .value1();
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
