package vn.xuatxu.api.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.CommandLinePropertySource;
import io.micronaut.context.env.Environment;
import io.micronaut.core.cli.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The properties the configuration leaves open and only the data folder can answer: which database to
 * use and which secret signs session tokens. Read from a throwaway environment that sees the same files,
 * environment variables and arguments as the real application, before the real one is built.
 */
public final class StartupEnvironment {

    static final String DATABASE_URL = "datasources.default.url";
    static final String TOKEN_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final Logger LOG = LoggerFactory.getLogger(StartupEnvironment.class);

    private final Map<String, Object> properties;
    private final Path dataFolder;
    private final DataFolderLock lock;

    private StartupEnvironment(Map<String, Object> properties, Path dataFolder, DataFolderLock lock) {
        this.properties = Map.copyOf(properties);
        this.dataFolder = dataFolder;
        this.lock = lock;
    }

    /** Prepares the application started from the command line. */
    public static StartupEnvironment prepare(String[] args) {
        return prepare(args, Map.of());
    }

    /**
     * Prepares an application with extra properties on top of the usual sources (tests and tools use this):
     * starts the embedded MariaDB when no database URL is configured and creates the token secret once.
     *
     * @throws IllegalStateException with a message for the operator when the data folder cannot be written or
     *                               is in use by another process
     */
    public static StartupEnvironment prepare(String[] args, Map<String, Object> overrides) {
        Environment probe = ApplicationContext.builder()
                .propertySources(new CommandLinePropertySource(CommandLine.parse(args)))
                .properties(overrides)
                .build()
                .getEnvironment()
                .start();
        try {
            Path dataFolder = Path.of(probe.getProperty("xuatxu.data-dir", String.class).orElse("xuatxu-data"))
                    .toAbsolutePath().normalize();
            WritableDataFolder.require(dataFolder);
            DataFolderLock lock = DataFolderLock.acquire(dataFolder);
            Map<String, Object> extra = new HashMap<>(overrides);
            extra.put("xuatxu.data-dir", dataFolder.toString());
            if (probe.getProperty(DATABASE_URL, String.class).filter(url -> !url.isBlank()).isEmpty()) {
                if (dataFolder.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())) {
                    LOG.warn("The data folder {} is inside the system temporary folder: the embedded MariaDB deletes its "
                            + "data there when the application stops. Set XUATXU_DATA_DIR to a folder elsewhere to keep it.",
                            dataFolder);
                }
                long started = System.nanoTime();
                EmbeddedMariaDb db = EmbeddedMariaDb.start(dataFolder.resolve("mariadb"), "xuatxu");
                extra.put(DATABASE_URL, db.jdbcUrl("xuatxu"));
                extra.put("datasources.default.username", "root");
                extra.put("datasources.default.password", "");
                LOG.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)", db.port(),
                        dataFolder.resolve("mariadb"), (System.nanoTime() - started) / 1_000_000);
            }
            Optional<String> secret = probe.getProperty(TOKEN_SECRET, String.class)
                    .or(() -> Optional.ofNullable(System.getenv("XUATXU_TOKEN_SECRET")))
                    .filter(s -> !s.isBlank());
            extra.put(TOKEN_SECRET, secret.orElseGet(() -> storedSecret(dataFolder.resolve("secrets/token-signing.key"))));
            probe.getProperty(DATABASE_URL, String.class).ifPresent(url -> extra.putIfAbsent(DATABASE_URL, url));
            extra.putIfAbsent("datasources.default.username",
                    probe.getProperty("datasources.default.username", String.class).orElse("root"));
            extra.putIfAbsent("datasources.default.password",
                    probe.getProperty("datasources.default.password", String.class).orElse(""));
            return new StartupEnvironment(extra, dataFolder, lock);
        } finally {
            probe.stop();
        }
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** The lock on the data folder; register it with the context so it lives as long as the application. */
    public DataFolderLock lock() {
        return lock;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Where the database is and how to log in, for command-line tools that talk to it without a context. */
    public DatabaseAddress database() {
        return new DatabaseAddress(properties.get(DATABASE_URL).toString(),
                properties.get("datasources.default.username").toString(),
                properties.get("datasources.default.password").toString());
    }

    /** A JDBC URL and credentials; the password is never printed. */
    public record DatabaseAddress(String url, String user, String password) {
        @Override
        public String toString() {
            return url + " as " + user;
        }
    }

    private static String storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(temporary, secret);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the folder's own permissions protect the secret.
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token signing secret " + file, e);
        }
    }
}
