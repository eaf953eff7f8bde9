package vn.xuatxu.chaincode.service;

import java.net.InetSocketAddress;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs the passport contract as a chaincode service ("chaincode as a service"): a gRPC server the
 * peer connects to, instead of a process the peer launches. This is how the contract runs on
 * Kubernetes, where peers cannot start containers, and it lets the province operate the chaincode
 * like any other service (its own image, logs, restarts).
 *
 * <p>Start with {@code java -cp chaincode-<version>-fabric.jar vn.xuatxu.chaincode.service.ChaincodeService}
 * and the environment described in {@link ChaincodeServiceConfiguration}; the peer needs an
 * external-builder package whose {@code connection.json} points at the same address (see
 * {@code network-config/chaincode/README.md}). The classic deployment (the peer runs the shaded jar
 * with {@code ContractRouter} as main class) stays available from the same jar.
 */
public final class ChaincodeService {

    private ChaincodeService() {
    }

    public static void main(String[] args) throws Exception {
        ChaincodeServiceConfiguration configuration = ChaincodeServiceConfiguration.fromEnvironment(System.getenv());
        ContractRouter router = new ContractRouter(new String[] {"--id", configuration.chaincodeId()});
        ChaincodeServer server = new NettyChaincodeServer(router, serverProperties(configuration));
        router.startRouterWithChaincodeServer(server);
    }

    /** The shim's server settings for a configuration (keep-alive and message sizes stay at the shim's defaults). */
    static ChaincodeServerProperties serverProperties(ChaincodeServiceConfiguration configuration) {
        ChaincodeServerProperties properties = new ChaincodeServerProperties();
        InetSocketAddress address = configuration.address();
        properties.setServerAddress(new InetSocketAddress(address.getHostString(), address.getPort()));
        if (configuration.tlsEnabled()) {
            properties.setTlsEnabled(true);
            properties.setKeyFile(configuration.tlsKeyFile().orElseThrow());
            properties.setKeyCertChainFile(configuration.tlsCertFile().orElseThrow());
            configuration.clientCaCertFile().ifPresent(properties::setTrustCertCollectionFile);
        }
        return properties;
    }
}
