package vn.xuatxu.api.identity.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.application.AccountAdministration;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.LegalForm;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.persistence.AccountStore;
import vn.xuatxu.api.identity.persistence.StaffDirectory;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administration pages: the agency administrator creates organisations and their first administrator; an
 * organisation's administrator adds staff; everyone changes their own password. Forms post back here and
 * re-render with the refusal's message, so nothing is lost on a phone.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminPagesController {

    private final AccountAdministration administration;
    private final SessionTokens tokens;
    private final AccountStore accounts;
    private final DSLContext db;
    private final String cookieName;

    AdminPagesController(AccountAdministration administration, SessionTokens tokens, AccountStore accounts, DSLContext db,
                         @Value("${micronaut.security.token.cookie.cookie-name:XUATXU_SESSION}") String cookieName) {
        this.administration = administration;
        this.tokens = tokens;
        this.accounts = accounts;
        this.db = db;
        this.cookieName = cookieName;
    }

    @Get("/quan-tri")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication, @Nullable @QueryValue("xong") String done,
                                           @Nullable @QueryValue("to-chuc") Long viewed) {
        Map<String, Object> model = model(Actors.of(authentication), Map.of(), viewed);
        model.put("done", done);
        return new ModelAndView<>("admin", model);
    }

    @Post(uri = "/quan-tri/to-chuc", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> createOrganisation(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            administration.createOrganisation(actor, new AccountAdministration.NewOrganisation(form.get("mspId"),
                    form.get("name"), OrganisationController.kind(form.get("kind")),
                    OrganisationController.legalForm(form.get("legalForm")), form.get("province"), form.get("district"),
                    form.get("commune"), new AccountAdministration.NewAccount(form.get("username"),
                    form.get("displayName"), form.get("password"), Set.of())));
            return HttpResponse.seeOther(URI.create("/quan-tri?xong=to-chuc"));
        } catch (ProblemException problem) {
            return refused(actor, form, problem, "organisation");
        }
    }

    @Post(uri = "/quan-tri/nguoi-dung", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> addStaff(Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            administration.addAccount(actor, actor.organisationId(), new AccountAdministration.NewAccount(
                    form.get("username"), form.get("displayName"), form.get("password"),
                    OrganisationController.roles(form.get("role") == null ? List.of() : List.of(form.get("role")))));
            return HttpResponse.seeOther(URI.create("/quan-tri?xong=nguoi-dung"));
        } catch (ProblemException problem) {
            return refused(actor, form, problem, "staff");
        }
    }

    @Post(uri = "/quan-tri/nguoi-dung/{userId}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> lockOrUnlock(Authentication authentication, long userId, String action,
                                 @Nullable @Body Map<String, String> ignored) {
        Actor actor = Actors.of(authentication);
        if (!action.equals("khoa") && !action.equals("mo-khoa")) {
            throw new ProblemException.NotFound(PageText.of("problem.noSuchAction"));
        }
        try {
            administration.setActive(actor, actor.organisationId(), userId, action.equals("mo-khoa"));
            return HttpResponse.seeOther(URI.create("/quan-tri?xong=" + action));
        } catch (ProblemException problem) {
            return refused(actor, Map.of(), problem, "account");
        }
    }

    /**
     * The agency's administrator locks or unlocks an account of another organisation (someone who left, a lost
     * phone, an organisation whose only administrator is gone), from that organisation's list of accounts.
     */
    @Post(uri = "/quan-tri/to-chuc/{organisationId}/nguoi-dung/{userId}/{action}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> lockOrUnlockElsewhere(Authentication authentication, long organisationId, long userId, String action,
                                          @Nullable @Body Map<String, String> ignored) {
        Actor actor = Actors.of(authentication);
        if (!action.equals("khoa") && !action.equals("mo-khoa")) {
            throw new ProblemException.NotFound(PageText.of("problem.noSuchAction"));
        }
        try {
            administration.setActive(actor, organisationId, userId, action.equals("mo-khoa"));
            return HttpResponse.seeOther(URI.create("/quan-tri?to-chuc=" + organisationId + "&xong=" + action
                    + "#organisation-accounts"));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, Map.of(), organisationId);
            model.put("otherError", problem);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("admin", model));
        }
    }

    @Get("/tai-khoan")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> account(Authentication authentication, @Nullable @QueryValue("xong") String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", Actors.of(authentication).username());
        model.put("done", done != null);
        return new ModelAndView<>("account", model);
    }

    @Post(uri = "/tai-khoan/mat-khau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> changePassword(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        try {
            if (form.get("newPassword") == null || !form.get("newPassword").equals(form.get("confirmPassword"))) {
                throw new ProblemException.InvalidInput("confirmPassword", PageText.of("account.error.mismatch"));
            }
            administration.changePassword(actor, form.get("currentPassword"), form.get("newPassword"));
            String token = tokens.issue(accounts.byUsername(db, actor.username()).orElseThrow().actor());
            return HttpResponse.seeOther(URI.create("/tai-khoan?xong=1")).cookie(Cookie.of(cookieName, token)
                    .httpOnly(true).sameSite(SameSite.Strict).path("/").maxAge(Duration.ofSeconds(tokens.lifetimeSeconds()))
                    .secure(request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))));
        } catch (ProblemException problem) {
            Map<String, Object> model = new HashMap<>();
            model.put("username", actor.username());
            model.put("done", false);
            model.put("error", problem);
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("account", model));
        }
    }

    private HttpResponse<?> refused(Actor actor, Map<String, String> form, ProblemException problem, String which) {
        Map<String, Object> model = model(actor, form, null);
        model.put(which + "Error", problem);
        model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
        return HttpResponse.status(problem.status()).body(new ModelAndView<>("admin", model));
    }

    private Map<String, Object> model(Actor actor, Map<String, String> form, Long viewed) {
        Map<String, Object> model = new HashMap<>();
        boolean agencyAdmin = actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN);
        boolean orgAdmin = actor.hasAnyRole(AccountAdministration.adminRoleOf(actor.organisationKind()));
        if (!agencyAdmin && !orgAdmin) {
            throw new ProblemException.Forbidden(PageText.of("admin.error.adminsOnly"));
        }
        model.put("username", actor.username());
        model.put("agencyAdmin", agencyAdmin);
        List<StaffDirectory.OrganisationSummary> organisations = agencyAdmin ? administration.organisations(actor) : List.of();
        model.put("organisations", organisations);
        StaffDirectory.OrganisationSummary shown = agencyAdmin && viewed != null
                ? organisations.stream().filter(o -> o.id() == viewed).findFirst()
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("admin.error.organisationNotFound", viewed)))
                : null;
        model.put("viewed", shown);
        model.put("viewedStaff", shown == null ? List.of() : administration.staff(actor, shown.id()));
        model.put("staff", administration.staff(actor, actor.organisationId()));
        model.put("roles", AccountAdministration.rolesFor(actor.organisationKind()).stream().map(Role::name).sorted().toList());
        model.put("legalForms", Arrays.stream(LegalForm.values()).map(LegalForm::name).toList());
        model.put("form", new HashMap<>(form));
        return model;
    }
}
