package vn.xuatxu.api.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.xuatxu.api.platform.StartupEnvironment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole application started in the test JVM the way {@code main} starts it, on a random port, over a
 * fresh database and a fresh data folder, with a plain HTTP client to talk to it.
 */
public final class RunningApplication implements AutoCloseable {

    private final ApplicationContext context;
    private final StartupEnvironment startup;
    private final EmbeddedServer server;
    private final TestDatabase.Server database;
    private final String databaseUrl;
    private final Path dataFolder;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningApplication(ApplicationContext context, StartupEnvironment startup, TestDatabase.Server database,
                               String databaseUrl, Path dataFolder) {
        this.context = context;
        this.startup = startup;
        this.server = context.getBean(EmbeddedServer.class);
        this.database = database;
        this.databaseUrl = databaseUrl;
        this.dataFolder = dataFolder;
    }

    public static RunningApplication start(Map<String, Object> extra) throws IOException {
        TestDatabase.Server database = TestDatabase.server();
        String url = database.createDatabase();
        Path dataFolder = Files.createDirectories(Path.of("target", "it-data")).toAbsolutePath()
                .resolve(url.substring(url.lastIndexOf('/') + 1));
        return start(database, url, dataFolder, extra);
    }

    /** Starts over an existing database and data folder (dropped again on close). */
    public static RunningApplication startOver(String url, Path dataFolder, Map<String, Object> extra) throws IOException {
        return start(TestDatabase.server(), url, dataFolder, extra);
    }

    /** Stops this application, keeping its database and data folder, and starts a new one over them. */
    public RunningApplication restart(Map<String, Object> extra) throws IOException {
        stopKeepingData();
        return start(database, databaseUrl, dataFolder, extra);
    }

    private static RunningApplication start(TestDatabase.Server database, String url, Path dataFolder,
                                            Map<String, Object> extra) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", database.user());
        properties.put("datasources.default.password", database.password());
        properties.put("xuatxu.data-dir", dataFolder.toString());
        properties.put("xuatxu.demo", "true");
        properties.put("xuatxu.demo.school-days", 3); // a month of demo days would add seconds to every start
        properties.put("xuatxu.public-base-url", "https://truyxuat.dienbien.example");
        properties.putAll(extra);
        StartupEnvironment startup = StartupEnvironment.prepare(new String[0], properties);
        ApplicationContext context = ApplicationContext.builder()
                .properties(startup.properties())
                .singletons(startup.lock())
                .start();
        context.getBean(EmbeddedServer.class).start();
        return new RunningApplication(context, startup, database, url, dataFolder);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).DELETE();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public ApplicationContext context() {
        return context;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    /** Stops the application as an operator would, keeping its database and data folder (close drops them). */
    public void stop() throws IOException {
        stopKeepingData();
    }

    @Override
    public void close() {
        try {
            stopKeepingData();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        database.dropDatabase(databaseUrl);
    }

    private void stopKeepingData() throws IOException {
        context.close();
        startup.lock().close();
    }
}
