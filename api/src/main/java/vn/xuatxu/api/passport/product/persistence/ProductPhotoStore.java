package vn.xuatxu.api.passport.product.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.xuatxu.api.db.tables.records.ProductPhotoRecord;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static vn.xuatxu.api.db.Tables.PRODUCT_PHOTO;

/**
 * Product photos as rows: which product, the uploaded file's SHA-256 (which names the files on disk and in
 * public addresses) and the pixel sizes pages need to reserve space before the image arrives.
 */
@Singleton
public final class ProductPhotoStore {

    /** Public addresses of photos start here, e.g. {@code /anh/<sha256>-1200.jpg}. */
    public static final String PUBLIC_PREFIX = "/anh/";

    /** A photo's two renditions as measured after resizing. */
    public record NewPhoto(long productId, String sha256, int width, int height, int thumbWidth, int thumbHeight,
                           int largeBytes, int thumbBytes, long createdBy) {
    }

    /** A stored photo with its public addresses. */
    public record StoredPhoto(long id, long productId, String sha256, int width, int height, int thumbWidth,
                              int thumbHeight, int largeBytes, int thumbBytes, Instant createdAt) {

        public String largePath() {
            return PUBLIC_PREFIX + sha256 + "-1200.jpg";
        }

        public String thumbnailPath() {
            return PUBLIC_PREFIX + sha256 + "-320.jpg";
        }
    }

    public long insert(DSLContext transaction, NewPhoto photo, Instant now) {
        return transaction.insertInto(PRODUCT_PHOTO)
                .set(PRODUCT_PHOTO.PRODUCT_ID, photo.productId())
                .set(PRODUCT_PHOTO.SHA256, photo.sha256())
                .set(PRODUCT_PHOTO.WIDTH, photo.width())
                .set(PRODUCT_PHOTO.HEIGHT, photo.height())
                .set(PRODUCT_PHOTO.THUMB_WIDTH, photo.thumbWidth())
                .set(PRODUCT_PHOTO.THUMB_HEIGHT, photo.thumbHeight())
                .set(PRODUCT_PHOTO.LARGE_BYTES, photo.largeBytes())
                .set(PRODUCT_PHOTO.THUMB_BYTES, photo.thumbBytes())
                .set(PRODUCT_PHOTO.CREATED_BY, photo.createdBy())
                .set(PRODUCT_PHOTO.CREATED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .returningResult(PRODUCT_PHOTO.ID)
                .fetchOne()
                .value1();
    }

    /** A product's photos, the first (main) one first. */
    public List<StoredPhoto> ofProduct(DSLContext db, long productId) {
        return db.selectFrom(PRODUCT_PHOTO).where(PRODUCT_PHOTO.PRODUCT_ID.eq(productId)).orderBy(PRODUCT_PHOTO.ID)
                .fetch(ProductPhotoStore::stored);
    }

    public Optional<StoredPhoto> byProductAndSha256(DSLContext db, long productId, String sha256) {
        return db.selectFrom(PRODUCT_PHOTO)
                .where(PRODUCT_PHOTO.PRODUCT_ID.eq(productId).and(PRODUCT_PHOTO.SHA256.eq(sha256)))
                .fetchOptional(ProductPhotoStore::stored);
    }

    public Optional<StoredPhoto> byId(DSLContext db, long photoId) {
        return db.selectFrom(PRODUCT_PHOTO).where(PRODUCT_PHOTO.ID.eq(photoId)).fetchOptional(ProductPhotoStore::stored);
    }

    /** True while any product still shows the photo with this SHA-256, so its files must stay. */
    public boolean isUsed(DSLContext db, String sha256) {
        return db.fetchExists(PRODUCT_PHOTO, PRODUCT_PHOTO.SHA256.eq(sha256));
    }

    public void delete(DSLContext transaction, long photoId) {
        transaction.deleteFrom(PRODUCT_PHOTO).where(PRODUCT_PHOTO.ID.eq(photoId)).execute();
    }

    public int count(DSLContext db, long productId) {
        return db.fetchCount(PRODUCT_PHOTO, PRODUCT_PHOTO.PRODUCT_ID.eq(productId));
    }

    /** The main photo's public address for the product in {@code productId}, or null: for passport queries. */
    public static Field<String> mainPhotoPath(Field<Long> productId) {
        return DSL.field(DSL.select(DSL.concat(DSL.inline(PUBLIC_PREFIX), PRODUCT_PHOTO.SHA256, DSL.inline("-1200.jpg")))
                .from(PRODUCT_PHOTO).where(PRODUCT_PHOTO.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_PHOTO.ID).limit(1));
    }

    private static StoredPhoto stored(ProductPhotoRecord row) {
        return new StoredPhoto(row.getId(), row.getProductId(), row.getSha256(), row.getWidth(), row.getHeight(),
                row.getThumbWidth(), row.getThumbHeight(), row.getLargeBytes(), row.getThumbBytes(),
                row.getCreatedAt().toInstant(ZoneOffset.UTC));
    }
}
