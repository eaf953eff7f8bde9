package vn.xuatxu.api.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.application.AccountAdministration;
import vn.xuatxu.api.identity.domain.LegalForm;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Organisations and their people over the API; every rule lives in {@link AccountAdministration}. */
@Controller("/api/v1/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OrganisationController {

    private final AccountAdministration administration;

    OrganisationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @Serdeable
    record AccountBody(@Nullable String username, @Nullable String displayName, @Nullable String password,
                       @Nullable List<String> roles) {
    }

    @Serdeable
    record OrganisationBody(@Nullable String mspId, @Nullable String name, @Nullable String kind,
                            @Nullable String legalForm, @Nullable String province, @Nullable String district,
                            @Nullable String commune, @Nullable AccountBody admin) {
    }

    @Serdeable
    record OrganisationResponse(long id, String mspId, String name, String kind, @Nullable String legalForm,
                                String province, @Nullable String district, @Nullable String commune,
                                String ledgerStatus) {
        static OrganisationResponse of(StaffDirectory.OrganisationSummary o) {
            return new OrganisationResponse(o.id(), o.mspId(), o.name(), o.kind().name(),
                    o.legalForm() == null ? null : o.legalForm().name(), o.province(), o.district(), o.commune(),
                    o.ledgerStatus());
        }
    }

    @Serdeable
    record AccountResponse(long id, long organisationId, String username, String displayName, List<String> roles,
                           boolean active) {
        static AccountResponse of(StaffDirectory.StaffMember m) {
            return new AccountResponse(m.id(), m.organisationId(), m.username(), m.displayName(),
                    m.roles().stream().map(Role::name).sorted().toList(), m.active());
        }
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<OrganisationResponse> create(Authentication authentication, @Body OrganisationBody body) {
        AccountBody admin = body.admin() == null ? new AccountBody(null, null, null, null) : body.admin();
        StaffDirectory.OrganisationSummary created = administration.createOrganisation(Actors.of(authentication),
                new AccountAdministration.NewOrganisation(body.mspId(), body.name(), kind(body.kind()),
                        legalForm(body.legalForm()), body.province(), body.district(), body.commune(),
                        new AccountAdministration.NewAccount(admin.username(), admin.displayName(), admin.password(), Set.of())));
        return HttpResponse.created(OrganisationResponse.of(created), URI.create("/api/v1/organisations/" + created.id()));
    }

    @Get
    List<OrganisationResponse> list(Authentication authentication) {
        return administration.organisations(Actors.of(authentication)).stream().map(OrganisationResponse::of).toList();
    }

    @Get("/{id}/accounts")
    List<AccountResponse> accounts(Authentication authentication, long id) {
        return administration.staff(Actors.of(authentication), id).stream().map(AccountResponse::of).toList();
    }

    @Post(uri = "/{id}/accounts", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<AccountResponse> addAccount(Authentication authentication, long id, @Body AccountBody body) {
        StaffDirectory.StaffMember member = administration.addAccount(Actors.of(authentication), id,
                new AccountAdministration.NewAccount(body.username(), body.displayName(), body.password(), roles(body.roles())));
        return HttpResponse.created(AccountResponse.of(member), URI.create("/api/v1/organisations/" + id + "/accounts"));
    }

    /** Locks the account: its sessions end at once and it cannot sign in until unlocked. */
    @Post(uri = "/{id}/accounts/{userId}/deactivate", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    AccountResponse deactivate(Authentication authentication, long id, long userId) {
        return AccountResponse.of(administration.setActive(Actors.of(authentication), id, userId, false));
    }

    @Post(uri = "/{id}/accounts/{userId}/reactivate", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
    AccountResponse reactivate(Authentication authentication, long id, long userId) {
        return AccountResponse.of(administration.setActive(Actors.of(authentication), id, userId, true));
    }

    static OrganisationKind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("kind", PageText.of("admin.error.kindUnknown", text.strip()));
        }
    }

    static LegalForm legalForm(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LegalForm.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("legalForm", PageText.of("admin.error.legalFormUnknown", text.strip()));
        }
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ProblemException.InvalidInput("roles", PageText.of("admin.error.roleUnknown", name));
                }
            }
        }
        return roles;
    }
}
