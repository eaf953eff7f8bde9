package vn.xuatxu.api.passport.product.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.passport.product.persistence.ProductPhotoStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product's photos: its organisation's administrator adds them from a phone and removes them; anyone may
 * look at them, as they are part of the public passport. Each upload is checked and resized here
 * ({@link PhotoResizer}) and its two JPEGs are kept under the data folder's {@code photos/}, which the backup
 * command copies with the rest of the folder. Photos are not written to the ledger: they illustrate the
 * passport and are not part of its hashed record.
 */
@Singleton
public final class ProductPhotos {

    /** The largest upload: a full-resolution phone photo. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Photos per product, enough for the pack, the label and the product itself. */
    public static final int MAX_PHOTOS = 8;
    private static final Pattern PUBLIC_NAME = Pattern.compile("([0-9a-f]{64})-(1200|320)\\.jpg");

    private final DSLContext db;
    private final ProductCatalogue catalogue;
    private final ProductPhotoStore store;
    private final Clock clock;
    private final Path root;
    /** Decoding a big photo takes tens of megabytes; two at a time keep a small server's memory safe. */
    private final Semaphore resizing = new Semaphore(2);

    ProductPhotos(DSLContext db, ProductCatalogue catalogue, ProductPhotoStore store, Clock clock,
                  @Value("${xuatxu.data-dir}") String dataFolder) {
        this.db = db;
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
        this.root = Path.of(dataFolder).toAbsolutePath();
    }

    /** Adds a photo; the same file sent again (a retried upload) answers the photo already stored. */
    public ProductPhotoStore.StoredPhoto add(Actor actor, long productId, byte[] content) {
        ProductCatalogue.requireProducerAdmin(actor);
        catalogue.find(actor, productId);
        if (content == null || content.length == 0) {
            throw new ProblemException.InvalidInput("photo", PageText.of("product.error.photoMissing"));
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException.InvalidInput("photo", PageText.of("product.error.photoTooLarge"));
        }
        String sha256 = sha256(content);
        Optional<ProductPhotoStore.StoredPhoto> same = store.byProductAndSha256(db, productId, sha256);
        if (same.isPresent()) {
            return same.get();
        }
        if (store.count(db, productId) >= MAX_PHOTOS) {
            throw new ProblemException.Conflict(PageText.of("product.error.photoCount", MAX_PHOTOS));
        }
        PhotoResizer.Resized resized = resized(content);
        write(sha256, "1200", resized.large().jpeg());
        write(sha256, "320", resized.thumbnail().jpeg());
        ProductPhotoStore.NewPhoto photo = new ProductPhotoStore.NewPhoto(productId, sha256, resized.large().width(),
                resized.large().height(), resized.thumbnail().width(), resized.thumbnail().height(),
                resized.large().jpeg().length, resized.thumbnail().jpeg().length, actor.userId());
        try {
            long id = db.transactionResult(configuration -> store.insert(configuration.dsl(), photo, clock.instant()));
            return store.byId(db, id).orElseThrow();
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                return store.byProductAndSha256(db, productId, sha256).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public List<ProductPhotoStore.StoredPhoto> list(Actor actor, long productId) {
        catalogue.find(actor, productId);
        return store.ofProduct(db, productId);
    }

    /** Removes a photo from the product; its files go too unless another product shows the same photo. */
    public void delete(Actor actor, long productId, long photoId) {
        ProductCatalogue.requireProducerAdmin(actor);
        catalogue.find(actor, productId);
        ProductPhotoStore.StoredPhoto photo = store.byId(db, photoId).filter(p -> p.productId() == productId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("product.error.photoNotFound", photoId)));
        db.transaction(configuration -> store.delete(configuration.dsl(), photo.id()));
        if (!store.isUsed(db, photo.sha256())) {
            try {
                Files.deleteIfExists(file(photo.sha256(), "1200"));
                Files.deleteIfExists(file(photo.sha256(), "320"));
            } catch (IOException e) {
                throw new UncheckedIOException("A removed photo's files could not be deleted", e);
            }
        }
    }

    /**
     * The JPEG behind a public photo address ({@code <sha256>-1200.jpg} or {@code -320.jpg}), while some
     * product shows that photo. The name is matched strictly, so no other file can be reached through it.
     */
    public Optional<byte[]> publicFile(String name) {
        Matcher matcher = PUBLIC_NAME.matcher(name == null ? "" : name);
        if (!matcher.matches() || !store.isUsed(db, matcher.group(1))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(matcher.group(1), matcher.group(2))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private PhotoResizer.Resized resized(byte[] content) {
        try {
            if (!resizing.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new ProblemException.Unavailable(PageText.of("product.error.photoBusy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException.Unavailable(PageText.of("product.error.photoStopping"));
        }
        try {
            return PhotoResizer.resize(content);
        } finally {
            resizing.release();
        }
    }

    private Path file(String sha256, String size) {
        return root.resolve("photos").resolve(sha256.substring(0, 2)).resolve(sha256 + "-" + size + ".jpg");
    }

    private void write(String sha256, String size, byte[] jpeg) {
        Path target = file(sha256, size);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, jpeg);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("A photo could not be stored", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
