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
 * A test network on this machine: an MSP (CA) per organisation or shared by several, one identity folder per
 * organisation laid out as {@code identities-dir} expects, a TLS CA and server certificate for the peer's host
 * name, and the {@link InProcessGatewayService} served by Netty on 127.0.0.1 over TLS on a free port, which can be
 * stopped and served again on the same port.
 */
final class LoopbackGateway implements AutoCloseable {

    static final String PEER_HOST = "peer0.agency.xuatxu.test";

    private final InProcessGatewayService service;
    private final FabricSettings settings;
    private final Path tlsCertificate;
    private final Path tlsKey;
    private volatile Server server;

    private LoopbackGateway(InProcessGatewayService service, Server server, FabricSettings settings, Path tlsCertificate,
                            Path tlsKey) {
        this.service = service;
        this.server = server;
        this.settings = settings;
        this.tlsCertificate = tlsCertificate;
        this.tlsKey = tlsKey;
    }

    /**
     * Creates the crypto material under {@code folder} and starts the peer. Each organisation gets its own MSP
     * named like it (as the embedded ledger does), and its certificate carries {@code xuatxu.org=<id>}.
     */
    static LoopbackGateway start(Path folder, List<String> organisations) throws IOException {
        Map<String, String> ownMsps = new LinkedHashMap<>();
        organisations.forEach(organisation -> ownMsps.put(organisation, organisation));
        return start(folder, ownMsps);
    }

    /**
     * As {@link #start(Path, List)}, but organisations share the MSPs given (organisation id to MSP id), as on
     * a real network where the producers' CA enrols every co-op; the peer belongs to the first MSP.
     */
    static LoopbackGateway start(Path folder, Map<String, String> mspByOrganisation) throws IOException {
        Map<String, TestCertificates.Issued> authorities = new LinkedHashMap<>();
        Path identities = Files.createDirectories(folder.resolve("identities"));
        for (Map.Entry<String, String> entry : mspByOrganisation.entrySet()) {
            String organisation = entry.getKey();
            String msp = entry.getValue();
            TestCertificates.Issued ca = authorities.computeIfAbsent(msp,
                    name -> TestCertificates.certificateAuthority("ca." + name));
            TestCertificates.Issued user = TestCertificates.enrolment(ca, "app@" + organisation, organisation);
            Path own = Files.createDirectories(identities.resolve(organisation));
            Files.writeString(own.resolve("cert.pem"), TestCertificates.pem(user.certificate()));
            Files.writeString(own.resolve("key.pem"), TestCertificates.pem(user.privateKey()));
            Files.writeString(own.resolve("mspid"), msp + "\n");
        }
        Map.Entry<String, TestCertificates.Issued> peerMsp = authorities.entrySet().iterator().next();
        TestCertificates.Issued peerIdentity = TestCertificates.enrolment(peerMsp.getValue(), PEER_HOST, null);
        TestCertificates.Issued tlsCa = TestCertificates.certificateAuthority("tlsca.xuatxu.test");
        TestCertificates.Issued tlsServer = TestCertificates.tlsServer(tlsCa, PEER_HOST);
        Path tls = Files.createDirectories(folder.resolve("tls"));
        Path caFile = Files.writeString(tls.resolve("ca.pem"), TestCertificates.pem(tlsCa.certificate()));
        Path certFile = Files.writeString(tls.resolve("server.pem"), TestCertificates.pem(tlsServer.certificate()));
        Path keyFile = Files.writeString(tls.resolve("server.key"), TestCertificates.pem(tlsServer.privateKey()));

        Map<String, X509Certificate> caCertificates = new LinkedHashMap<>();
        authorities.forEach((msp, ca) -> caCertificates.put(msp, ca.certificate()));
        InProcessGatewayService service = new InProcessGatewayService("passports", "passport", new PassportContract(),
                caCertificates, peerMsp.getKey(), peerIdentity);
        Server server = serve(service, 0, certFile, keyFile);
        FabricSettings settings = FabricSettings.withDefaults("127.0.0.1:" + server.getPort(), Optional.of(PEER_HOST),
                Optional.of(caFile), false, identities);
        return new LoopbackGateway(service, server, settings, certFile, keyFile);
    }

    private static Server serve(InProcessGatewayService service, int port, Path certFile, Path keyFile)
            throws IOException {
        return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port),
                        TlsServerCredentials.create(certFile.toFile(), keyFile.toFile()))
                .addService(service)
                .build()
                .start();
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

    /** Serves the same peer (same blocks and state) again on the same port, after {@link #stopServer()}. */
    void restartServer() throws IOException {
        server = serve(service, Integer.parseInt(settings.peerEndpoint().substring(settings.peerEndpoint()
                .lastIndexOf(':') + 1)), tlsCertificate, tlsKey);
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
        stopServer();
    }
}
