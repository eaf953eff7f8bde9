package vn.xuatxu.chaincode.service;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/**
 * How the chaincode-as-a-service process listens, read from the environment the way Fabric's
 * external builder and its Kubernetes/compose samples set it.
 *
 * <ul>
 *   <li>{@code CHAINCODE_SERVER_ADDRESS} (required): {@code host:port} to listen on, e.g. {@code 0.0.0.0:9999}.</li>
 *   <li>{@code CHAINCODE_ID} (required; {@code CORE_CHAINCODE_ID_NAME} accepted as a fallback): the
 *       package id the peer printed at install, {@code xuatxu_0.2:4c1e...}.</li>
 *   <li>{@code CHAINCODE_TLS_DISABLED} (default {@code true}), and when {@code false}:
 *       {@code CHAINCODE_TLS_KEY}, {@code CHAINCODE_TLS_CERT} (PEM files, required) and
 *       {@code CHAINCODE_CLIENT_CA_CERT} (optional: require peer client certificates signed by it).</li>
 * </ul>
 * A record of its own so the parsing is tested without opening a socket.
 *
 * @param address          where to listen
 * @param chaincodeId      the chaincode package id
 * @param tlsKeyFile       server key (PEM) or empty when TLS is off
 * @param tlsCertFile      server certificate chain (PEM) or empty when TLS is off
 * @param clientCaCertFile CA for peer client certificates, or empty
 */
public record ChaincodeServiceConfiguration(InetSocketAddress address, String chaincodeId, Optional<String> tlsKeyFile,
        Optional<String> tlsCertFile, Optional<String> clientCaCertFile) {

    /**
     * Reads the configuration from environment variables.
     *
     * @throws IllegalArgumentException naming the missing or malformed variable
     */
    public static ChaincodeServiceConfiguration fromEnvironment(Map<String, String> environment) {
        String address = value(environment, "CHAINCODE_SERVER_ADDRESS")
                .orElseThrow(() -> new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS is not set; expected host:port, "
                        + "e.g. 0.0.0.0:9999"));
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS must be host:port, got \"" + address + "\"");
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS has a non-numeric port: \"" + address + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("CHAINCODE_SERVER_ADDRESS port must be 1 to 65535, got " + port);
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String id = value(environment, "CHAINCODE_ID").or(() -> value(environment, "CORE_CHAINCODE_ID_NAME"))
                .orElseThrow(() -> new IllegalArgumentException("CHAINCODE_ID is not set; expected the package id printed by "
                        + "'peer lifecycle chaincode install', e.g. xuatxu_0.2:4c1e..."));
        boolean tlsDisabled = value(environment, "CHAINCODE_TLS_DISABLED").map(Boolean::parseBoolean).orElse(true);
        if (tlsDisabled) {
            return new ChaincodeServiceConfiguration(InetSocketAddress.createUnresolved(host, port), id, Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        String key = value(environment, "CHAINCODE_TLS_KEY").orElseThrow(() -> new IllegalArgumentException(
                "CHAINCODE_TLS_DISABLED is false but CHAINCODE_TLS_KEY (PEM key file) is not set"));
        String cert = value(environment, "CHAINCODE_TLS_CERT").orElseThrow(() -> new IllegalArgumentException(
                "CHAINCODE_TLS_DISABLED is false but CHAINCODE_TLS_CERT (PEM certificate file) is not set"));
        return new ChaincodeServiceConfiguration(InetSocketAddress.createUnresolved(host, port), id, Optional.of(key),
                Optional.of(cert), value(environment, "CHAINCODE_CLIENT_CA_CERT"));
    }

    public boolean tlsEnabled() {
        return tlsKeyFile.isPresent();
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
