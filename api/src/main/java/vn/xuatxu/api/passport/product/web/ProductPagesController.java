package vn.xuatxu.api.passport.product.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.product.application.ProductPhotos;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Product pages: the organisation's products, one form to create or edit a product passport, and on the edit
 * page the product's photos with a plain upload form that opens the phone's camera.
 */
@Controller("/san-pham")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProductPagesController {

    private final ProductCatalogue catalogue;
    private final ProductPhotos photos;

    ProductPagesController(ProductCatalogue catalogue, ProductPhotos photos) {
        this.catalogue = catalogue;
        this.photos = photos;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication authentication, @Nullable @QueryValue("xong") Long saved) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = model(actor, new HashMap<>(), null);
        model.put("saved", saved);
        return new ModelAndView<>("products", model);
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(Authentication authentication, long id,
                                           @Nullable @QueryValue("anh") String photoSaved) {
        Actor actor = Actors.of(authentication);
        Map<String, Object> model = model(actor, form(catalogue.find(actor, id).passport()), id);
        model.put("photoSaved", photoSaved);
        return new ModelAndView<>("products", model);
    }

    @Post(uri = "/{id}/anh", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> addPhoto(Authentication authentication, long id, @Nullable @Part("photo") CompletedFileUpload photo) {
        Actor actor = Actors.of(authentication);
        try {
            photos.add(actor, id, ProductController.bytesOf(photo));
            return HttpResponse.seeOther(URI.create("/san-pham/" + id + "?anh=them#anh"));
        } catch (ProblemException problem) {
            return photoRefused(actor, id, problem);
        }
    }

    @Post(uri = "/{id}/anh/{photoId}/xoa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> deletePhoto(Authentication authentication, long id, long photoId) {
        Actor actor = Actors.of(authentication);
        try {
            photos.delete(actor, id, photoId);
            return HttpResponse.seeOther(URI.create("/san-pham/" + id + "?anh=xoa#anh"));
        } catch (ProblemException problem) {
            return photoRefused(actor, id, problem);
        }
    }

    private HttpResponse<?> photoRefused(Actor actor, long id, ProblemException problem) {
        if (problem instanceof ProblemException.NotFound) {
            throw problem;
        }
        Map<String, Object> model = model(actor, form(catalogue.find(actor, id).passport()), id);
        model.put("photoError", problem);
        return HttpResponse.status(problem.status()).body(new ModelAndView<>("products", model));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(Authentication authentication, @Body Map<String, String> form) {
        return save(Actors.of(authentication), null, form);
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(Authentication authentication, long id, @Body Map<String, String> form) {
        return save(Actors.of(authentication), id, form);
    }

    private HttpResponse<?> save(Actor actor, Long id, Map<String, String> form) {
        try {
            ProductCatalogue.Request request = new ProductCatalogue.Request(form.get("gtin"), form.get("name"),
                    form.get("category"), form.get("description"), form.get("netContent"), form.get("lotCode"),
                    stars(form.get("ocopStars")), form.get("ocopCertificateNumber"), date(form, "ocopIssueDate"),
                    date(form, "ocopExpiryDate"), form.get("markKind"), form.get("markName"),
                    form.get("markCertificateNumber"), form.get("markHolder"), form.get("ingredients"),
                    form.get("allergens"), form.get("storage"));
            ProductPassportStore.StoredPassport saved = id == null ? catalogue.create(actor, request)
                    : catalogue.update(actor, id, request);
            return HttpResponse.seeOther(URI.create("/san-pham?xong=" + saved.id()));
        } catch (ProblemException problem) {
            Map<String, Object> model = model(actor, new HashMap<>(form), id);
            model.put("error", problem);
            model.put("errorField", problem instanceof ProblemException.InvalidInput invalid ? invalid.field() : null);
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("products", model));
        }
    }

    private Map<String, Object> model(Actor actor, Map<String, String> form, Long editing) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", actor.username());
        model.put("admin", actor.hasAnyRole(Role.ORG_ADMIN));
        model.put("products", catalogue.list(actor));
        model.put("editing", editing);
        model.put("photos", editing == null ? List.of() : photos.list(actor, editing));
        model.put("maxPhotos", ProductPhotos.MAX_PHOTOS);
        model.put("form", form);
        model.put("markKinds", Arrays.stream(ProductPassport.MarkKind.values())
                .map(ProductPassport.MarkKind::name).toList());
        return model;
    }

    private static Map<String, String> form(ProductPassport p) {
        Map<String, String> form = new HashMap<>();
        form.put("gtin", p.gtin().value());
        form.put("name", p.name());
        form.put("category", p.category());
        form.put("description", p.description());
        form.put("netContent", p.netContent());
        form.put("lotCode", p.lotCode());
        if (p.ocop() != null) {
            form.put("ocopStars", Integer.toString(p.ocop().stars()));
            form.put("ocopCertificateNumber", p.ocop().certificateNumber());
            form.put("ocopIssueDate", p.ocop().issueDate() == null ? null : p.ocop().issueDate().toString());
            form.put("ocopExpiryDate", p.ocop().expiryDate() == null ? null : p.ocop().expiryDate().toString());
        }
        if (p.mark() != null) {
            form.put("markKind", p.mark().kind().name());
            form.put("markName", p.mark().name());
            form.put("markCertificateNumber", p.mark().certificateNumber());
            form.put("markHolder", p.mark().holder());
        }
        form.put("ingredients", p.ingredients());
        form.put("allergens", p.allergens());
        form.put("storage", p.storage());
        return form;
    }

    private static Integer stars(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("ocopStars", PageText.of("product.error.ocopStarsRange345"));
        }
    }

    private static LocalDate date(Map<String, String> form, String field) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, PageText.of("problem.date", text.strip()));
        }
    }
}
