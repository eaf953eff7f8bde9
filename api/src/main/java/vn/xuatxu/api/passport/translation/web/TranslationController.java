package vn.xuatxu.api.passport.translation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.translation.application.Translations;
import vn.xuatxu.api.passport.translation.persistence.TranslationStore;

import java.util.List;

/**
 * Translations over the API: a product's name and description per language
 * ({@code /api/v1/products/{id}/translations/{language}}) and the producer's own name
 * ({@code /api/v1/organisation/translations/{language}}). PUT creates or replaces, DELETE removes.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TranslationController {

    private final Translations translations;

    TranslationController(Translations translations) {
        this.translations = translations;
    }

    @Serdeable
    record ProductTextRequest(@Nullable String name, @Nullable String description) {
    }

    @Serdeable
    record ProductTextResponse(String language, String name, @Nullable String description) {
        static ProductTextResponse of(TranslationStore.ProductText text) {
            return new ProductTextResponse(text.language(), text.name(), text.description());
        }
    }

    @Serdeable
    record ProducerNameRequest(@Nullable String name) {
    }

    @Serdeable
    record ProducerNameResponse(String language, String name) {
        static ProducerNameResponse of(TranslationStore.ProducerName name) {
            return new ProducerNameResponse(name.language(), name.name());
        }
    }

    @Get("/products/{id}/translations")
    List<ProductTextResponse> productTexts(Authentication authentication, long id) {
        return translations.ofProduct(Actors.of(authentication), id).stream().map(ProductTextResponse::of).toList();
    }

    @Put(uri = "/products/{id}/translations/{language}", consumes = MediaType.APPLICATION_JSON)
    ProductTextResponse putProductText(Authentication authentication, long id, String language,
                                       @Body ProductTextRequest body) {
        return ProductTextResponse.of(translations.putProduct(Actors.of(authentication), id, language, body.name(),
                body.description()));
    }

    @Delete("/products/{id}/translations/{language}")
    HttpResponse<?> deleteProductText(Authentication authentication, long id, String language) {
        translations.deleteProduct(Actors.of(authentication), id, language);
        return HttpResponse.noContent();
    }

    @Get("/organisation/translations")
    List<ProducerNameResponse> producerNames(Authentication authentication) {
        return translations.ofProducer(Actors.of(authentication)).stream().map(ProducerNameResponse::of).toList();
    }

    @Put(uri = "/organisation/translations/{language}", consumes = MediaType.APPLICATION_JSON)
    ProducerNameResponse putProducerName(Authentication authentication, String language, @Body ProducerNameRequest body) {
        return ProducerNameResponse.of(translations.putProducer(Actors.of(authentication), language, body.name()));
    }

    @Delete("/organisation/translations/{language}")
    HttpResponse<?> deleteProducerName(Authentication authentication, String language) {
        translations.deleteProducer(Actors.of(authentication), language);
        return HttpResponse.noContent();
    }
}
