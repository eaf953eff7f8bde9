package vn.xuatxu.chaincode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.junit.jupiter.api.Test;

class ChaincodeServiceConfigurationTest {

    @Test
    void readsTheExternalBuilderVariables() {
        ChaincodeServiceConfiguration configuration = ChaincodeServiceConfiguration.fromEnvironment(Map.of(
                "CHAINCODE_SERVER_ADDRESS", "0.0.0.0:9999", "CHAINCODE_ID", "xuatxu_0.2:abc123"));
        assertEquals("0.0.0.0", configuration.address().getHostString());
        assertEquals(9999, configuration.address().getPort());
        assertEquals("xuatxu_0.2:abc123", configuration.chaincodeId());
        assertFalse(configuration.tlsEnabled());

        ChaincodeServerProperties properties = ChaincodeService.serverProperties(configuration);
        assertEquals(new InetSocketAddress("0.0.0.0", 9999), properties.getServerAddress());
        assertFalse(properties.isTlsEnabled());
    }

    @Test
    void acceptsTheClassicIdVariableAndTls() {
        ChaincodeServiceConfiguration configuration = ChaincodeServiceConfiguration.fromEnvironment(Map.of(
                "CHAINCODE_SERVER_ADDRESS", "xuatxu-cc:7052", "CORE_CHAINCODE_ID_NAME", "xuatxu_0.2:def",
                "CHAINCODE_TLS_DISABLED", "false", "CHAINCODE_TLS_KEY", "/tls/key.pem", "CHAINCODE_TLS_CERT", "/tls/cert.pem",
                "CHAINCODE_CLIENT_CA_CERT", "/tls/ca.pem"));
        assertEquals("xuatxu_0.2:def", configuration.chaincodeId());
        ChaincodeServerProperties properties = ChaincodeService.serverProperties(configuration);
        assertTrue(properties.isTlsEnabled());
        assertEquals("/tls/key.pem", properties.getKeyFile());
        assertEquals("/tls/cert.pem", properties.getKeyCertChainFile());
        assertEquals("/tls/ca.pem", properties.getTrustCertCollectionFile());
    }

    @Test
    void namesWhatIsMissingOrMalformed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChaincodeServiceConfiguration.fromEnvironment(
                Map.of("CHAINCODE_ID", "x:1"))).getMessage().contains("CHAINCODE_SERVER_ADDRESS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChaincodeServiceConfiguration.fromEnvironment(
                Map.of("CHAINCODE_SERVER_ADDRESS", "0.0.0.0:9999"))).getMessage().contains("CHAINCODE_ID"));
        assertThrows(IllegalArgumentException.class, () -> ChaincodeServiceConfiguration.fromEnvironment(
                Map.of("CHAINCODE_SERVER_ADDRESS", "9999", "CHAINCODE_ID", "x:1")));
        assertThrows(IllegalArgumentException.class, () -> ChaincodeServiceConfiguration.fromEnvironment(
                Map.of("CHAINCODE_SERVER_ADDRESS", "host:70000", "CHAINCODE_ID", "x:1")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChaincodeServiceConfiguration.fromEnvironment(
                Map.of("CHAINCODE_SERVER_ADDRESS", "host:1", "CHAINCODE_ID", "x:1", "CHAINCODE_TLS_DISABLED", "false")))
                .getMessage().contains("CHAINCODE_TLS_KEY"));
    }
}
