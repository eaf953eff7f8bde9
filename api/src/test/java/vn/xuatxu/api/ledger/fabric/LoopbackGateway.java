package vn.xuatxu.api.ledger.fabric;

import io.grpc.Server;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import vn.xuatxu.chaincode.PassportContract;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A test network on this machine: an MSP (CA) per organisation, one identity folder per organisation laid out
 * as {@code identities-dir} expects, a TLS CA and server certificate for the peer's host name, and the
 * {@link InProcessGatewayService} served by Netty on 127.0.0.1 over TLS on a free port.
 */
final class LoopbackGateway implements AutoCloseable {

    static final String PEER_HOST = "peer0.agency.xuatxu.test";

    private final InProcessGatewayService service;
    private final Server server;
    private final FabricSettings settings;

    private LoopbackGateway(InProcessGatewayService service, Server server, FabricSettings settings) {
        this.service = service;
        this.server = server;
        this.settings = settings;
    }

    /**
     * Creates the crypto material under {@code folder} and starts the peer. Each organisation gets its own MSP
     * named like it (as the embedded ledger does), and its certificate carries {@code xuatxu.org=<id>}.
     */
    static LoopbackGateway start(Path folder, List<String> organisations) throws IOException {
        Map<String, X509Certificate> authorities = new LinkedHashMap<>();
        Path identities = Files.createDirectories(folder.resolve("identities"));
        TestCertificates.Issued peerIdentity = null;
        for (String organisation : organisations) {
            TestCertificates.Issued ca = TestCertificates.certificateAuthority("ca." + organisation);
            authorities.put(organisation, ca.certificate());
            TestCertificates.Issued user = TestCertificates.enrolment(ca, "app@" + organisation, organisation);
            Path own = Files.createDirectories(identities.resolve(organisation));
            Files.writeString(own.resolve("cert.pem"), TestCertificates.pem(user.certificate()));
            Files.writeString(own.resolve("key.pem"), TestCertificates.pem(user.privateKey()));
            Files.writeString(own.resolve("mspid"), organisation + "\n");
            if (peerIdentity == null) {
                peerIdentity = TestCertificates.enrolment(ca, PEER_HOST, null);
            }
        }
        TestCertificates.Issued tlsCa = TestCertificates.certificateAuthority("tlsca.xuatxu.test");
        TestCertificates.Issued tlsServer = TestCertificates.tlsServer(tlsCa, PEER_HOST);
        Path tls = Files.createDirectories(folder.resolve("tls"));
        Path caFile = Files.writeString(tls.resolve("ca.pem"), TestCertificates.pem(tlsCa.certificate()));
        Path certFile = Files.writeString(tls.resolve("server.pem"), TestCertificates.pem(tlsServer.certificate()));
        Path keyFile = Files.writeString(tls.resolve("server.key"), TestCertificates.pem(tlsServer.privateKey()));

        InProcessGatewayService service = new InProcessGatewayService("passports", "passport", new PassportContract(),
                authorities, organisations.get(0), peerIdentity);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0),
                        TlsServerCredentials.create(certFile.toFile(), keyFile.toFile()))
                .addService(service)
                .build()
                .start();
        FabricSettings settings = FabricSettings.withDefaults("127.0.0.1:" + server.getPort(), Optional.of(PEER_HOST),
                Optional.of(caFile), false, identities);
        return new LoopbackGateway(service, server, settings);
    }

    InProcessGatewayService service() {
        return service;
    }

    /** Settings that reach this peer over TLS, with the documented defaults otherwise. */
    FabricSettings settings() {
        return settings;
    }

    /** Stops serving: clients now meet an unreachable peer. */
    void stopServer() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
        stopServer();
    }
}
