package vn.xuatxu.api.passport.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the national portal on a loopback port: accepts {@code POST /passports} batches as the
 * HTTPS adapter sends them, checks the bearer token and the idempotency key, and can answer 503 to the
 * next requests or 400 to all of them.
 */
final class FakePortalServer implements AutoCloseable, PassportPortalContractTest.Receiver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final String token;
    private final Map<String, List<Long>> accepted = new LinkedHashMap<>();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private int failuresLeft;
    private boolean refusing;
    private int deliveries;

    FakePortalServer(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/passports", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/passports");
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        deliveries++;
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"token\"}");
            return;
        }
        if (refusing) {
            answer(exchange, 400, "{\"error\":\"invalid batch\"}");
            return;
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            answer(exchange, 503, "{\"error\":\"try later\"}");
            return;
        }
        JsonNode batch = JSON.readTree(body);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (!batch.path("batchId").asText().equals(key)) {
            answer(exchange, 400, "{\"error\":\"Idempotency-Key differs from batchId\"}");
            return;
        }
        idempotencyKeys.add(key);
        List<Long> lots = new ArrayList<>();
        batch.path("passports").forEach(p -> lots.add(p.path("lotId").asLong()));
        accepted.putIfAbsent(key, List.copyOf(lots));
        answer(exchange, 200, "{\"receipt\":\"R-" + accepted.size() + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public synchronized void failNext(int n) {
        failuresLeft = n;
    }

    @Override
    public synchronized void refuseAll() {
        refusing = true;
    }

    @Override
    public synchronized Map<String, List<Long>> accepted() {
        return Map.copyOf(accepted);
    }

    @Override
    public synchronized int deliveries() {
        return deliveries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
