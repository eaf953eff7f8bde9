package vn.xuatxu.api.passport.product.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** A producer's products over the API; the rules live in {@link ProductCatalogue}. */
@Controller("/api/v1/products")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProductController {

    private final ProductCatalogue catalogue;

    ProductController(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** OCOP rating and certificate. */
    @Serdeable
    record Ocop(@Nullable Integer stars, @Nullable String certificateNumber, @Nullable LocalDate issueDate,
                @Nullable LocalDate expiryDate) {
    }

    /** Geographical indication or mark. */
    @Serdeable
    record Mark(@Nullable String kind, @Nullable String name, @Nullable String certificateNumber, @Nullable String holder) {
    }

    /** The JSON a producer sends; leave {@code gtin} out to get an internal GTIN. */
    @Serdeable
    record ProductBody(@Nullable String gtin, @Nullable String name, @Nullable String category,
                       @Nullable String description, @Nullable String netContent, @Nullable String lotCode,
                       @Nullable Ocop ocop, @Nullable Mark mark, @Nullable String ingredients,
                       @Nullable String allergens, @Nullable String storage) {

        ProductCatalogue.Request request() {
            Ocop o = ocop == null ? new Ocop(null, null, null, null) : ocop;
            Mark m = mark == null ? new Mark(null, null, null, null) : mark;
            return new ProductCatalogue.Request(gtin, name, category, description, netContent, lotCode, o.stars(),
                    o.certificateNumber(), o.issueDate(), o.expiryDate(), m.kind(), m.name(), m.certificateNumber(),
                    m.holder(), ingredients, allergens, storage);
        }
    }

    /** Where the product stands on the ledger. */
    @Serdeable
    record Ledger(String status, @Nullable String transactionId, @Nullable String error) {
    }

    @Serdeable
    record ProductResponse(long id, String gtin, String gtinSource, String name, String category,
                           @Nullable String description, @Nullable String netContent, @Nullable String lotCode,
                           @Nullable Ocop ocop, @Nullable Mark mark, @Nullable String ingredients,
                           @Nullable String allergens, @Nullable String storage, Ledger ledger) {

        static ProductResponse of(ProductPassportStore.StoredPassport stored) {
            ProductPassport p = stored.passport();
            return new ProductResponse(stored.id(), p.gtin().value(), p.gtinSource().name(), p.name(), p.category(),
                    p.description(), p.netContent(), p.lotCode(),
                    p.ocop() == null ? null : new Ocop(p.ocop().stars(), p.ocop().certificateNumber(),
                            p.ocop().issueDate(), p.ocop().expiryDate()),
                    p.mark() == null ? null : new Mark(p.mark().kind().name(), p.mark().name(),
                            p.mark().certificateNumber(), p.mark().holder()),
                    p.ingredients(), p.allergens(), p.storage(),
                    new Ledger(stored.ledgerStatus(), stored.ledgerTransactionId(), stored.ledgerError()));
        }
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<ProductResponse> create(Authentication authentication, @Body ProductBody body) {
        ProductPassportStore.StoredPassport created = catalogue.create(Actors.of(authentication), body.request());
        return HttpResponse.created(ProductResponse.of(created), URI.create("/api/v1/products/" + created.id()));
    }

    @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON)
    ProductResponse update(Authentication authentication, long id, @Body ProductBody body) {
        return ProductResponse.of(catalogue.update(Actors.of(authentication), id, body.request()));
    }

    @Get("/{id}")
    ProductResponse get(Authentication authentication, long id) {
        return ProductResponse.of(catalogue.find(Actors.of(authentication), id));
    }

    @Get
    List<ProductResponse> list(Authentication authentication) {
        return catalogue.list(Actors.of(authentication)).stream().map(ProductResponse::of).toList();
    }
}
