package vn.xuatxu.api.identity.domain;

import java.util.Set;

/**
 * The signed-in person a request acts as, with the organisation and ledger identity they act for. Every
 * application service takes one, so authorisation is decided on the server for every call.
 */
public record Actor(long userId, String username, long organisationId, String mspId, OrganisationKind organisationKind,
                    Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
