package vn.xuatxu.api.passport.journey.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.journey.persistence.TraceEventStore;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Certificates and lab results attached to quality checks, kept under the data folder by their SHA-256,
 * so the same file is stored once and its name proves its content. The type is decided from the file's
 * first bytes, never from what the browser claims.
 */
@Singleton
public final class AttachmentFiles {

    /** The largest attachment: a phone photo or a scanned PDF, well within the server's request limit. */
    public static final int MAX_BYTES = 1_400_000;

    private final Path root;

    AttachmentFiles(@Value("${xuatxu.data-dir}") String dataFolder) {
        this.root = Path.of(dataFolder).toAbsolutePath();
    }

    public TraceEventStore.Attachment store(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ProblemException.InvalidInput("attachment", PageText.of("lot.error.attachmentEmpty"));
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException.InvalidInput("attachment", PageText.of("lot.error.attachmentTooLarge"));
        }
        String[] type = typeOf(content).orElseThrow(() -> new ProblemException.InvalidInput("attachment",
                PageText.of("lot.error.attachmentType")));
        String sha256 = sha256(content);
        Path relative = Path.of("attachments", sha256.substring(0, 2), sha256 + "." + type[1]);
        Path target = root.resolve(relative);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment could not be stored", e);
        }
        String name = fileName == null || fileName.isBlank() ? sha256 + "." + type[1]
                : Path.of(fileName.strip()).getFileName().toString();
        return new TraceEventStore.Attachment(name.length() > 200 ? name.substring(0, 200) : name, type[0], sha256,
                relative.toString().replace('\\', '/'));
    }

    public byte[] read(TraceEventStore.Attachment attachment) {
        try {
            return Files.readAllBytes(root.resolve(attachment.relativePath()).normalize());
        } catch (IOException e) {
            throw new ProblemException.NotFound(PageText.of("lot.error.attachmentNotFound"));
        }
    }

    private static Optional<String[]> typeOf(byte[] c) {
        if (c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return Optional.of(new String[]{"application/pdf", "pdf"});
        }
        if (c.length > 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return Optional.of(new String[]{"image/jpeg", "jpg"});
        }
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of(new String[]{"image/png", "png"});
        }
        if (c.length > 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F' && c[8] == 'W' && c[9] == 'E'
                && c[10] == 'B' && c[11] == 'P') {
            return Optional.of(new String[]{"image/webp", "webp"});
        }
        return Optional.empty();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
