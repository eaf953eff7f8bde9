package vn.xuatxu.api.passport.product.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.product.application.ProductCatalogue;
import vn.xuatxu.api.passport.product.application.ProductPhotos;
import vn.xuatxu.api.passport.product.domain.ProductPassport;
import vn.xuatxu.api.passport.product.persistence.ProductPassportStore;
import vn.xuatxu.api.passport.product.persistence.ProductPhotoStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** A producer's products and their photos over the API; the rules live in {@link ProductCatalogue} and {@link ProductPhotos}. */
@Controller("/api/v1/products")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProductController {

    private final ProductCatalogue catalogue;
    private final ProductPhotos photos;

    ProductController(ProductCatalogue catalogue, ProductPhotos photos) {
        this.catalogue = catalogue;
        this.photos = photos;
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

    /** A stored photo: its public addresses (large, thumbnail) and their sizes in pixels and bytes. */
    @Serdeable
    record PhotoResponse(long id, String url, int width, int height, long bytes, String thumbnailUrl,
                         int thumbnailWidth, int thumbnailHeight, long thumbnailBytes) {

        static PhotoResponse of(ProductPhotoStore.StoredPhoto p) {
            return new PhotoResponse(p.id(), p.largePath(), p.width(), p.height(), p.largeBytes(), p.thumbnailPath(),
                    p.thumbWidth(), p.thumbHeight(), p.thumbBytes());
        }
    }

    /** Adds a photo sent as the multipart part {@code photo}; sending the same file again answers the same photo. */
    @Post(uri = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<PhotoResponse> addPhoto(Authentication authentication, long id,
                                         @Nullable @Part("photo") CompletedFileUpload photo) {
        ProductPhotoStore.StoredPhoto stored = photos.add(Actors.of(authentication), id, bytesOf(photo));
        return HttpResponse.created(PhotoResponse.of(stored), URI.create(stored.largePath()));
    }

    @Get("/{id}/photos")
    List<PhotoResponse> photos(Authentication authentication, long id) {
        return photos.list(Actors.of(authentication), id).stream().map(PhotoResponse::of).toList();
    }

    @Delete("/{id}/photos/{photoId}")
    HttpResponse<Void> deletePhoto(Authentication authentication, long id, long photoId) {
        photos.delete(Actors.of(authentication), id, photoId);
        return HttpResponse.noContent();
    }

    /** The uploaded file's bytes, or none when no file came (the service says what is missing). */
    static byte[] bytesOf(CompletedFileUpload upload) {
        if (upload == null) {
            return null;
        }
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new ProblemException.InvalidInput("photo", PageText.of("product.error.uploadUnreadable"));
        }
    }
}
