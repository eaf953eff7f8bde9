package vn.xuatxu.api.ledger.fabric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Startup refuses incomplete configuration with a message naming the setting or file to fix. */
class FabricStartupTest {

    @TempDir
    Path folder;

    @Test
    void aMissingPeerEndpointIsNamedWithItsEnvironmentForm() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new FabricLedgerFactory()
                .fabricLedger("", "", "", false, "", "passports", "passport", folder.toString(), Duration.ofSeconds(5),
                        Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMinutes(1), 5, Duration.ofMillis(100),
                        Duration.ofMillis(200)));
        assertTrue(thrown.getMessage().contains("xuatxu.ledger.fabric.peer-endpoint"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("XUATXU_LEDGER_FABRIC_PEER_ENDPOINT"), thrown.getMessage());
    }

    @Test
    void tlsIsRequiredUnlessPlaintextIsAskedFor() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> FabricSettings.withDefaults(
                "peer0.agency.xuatxu.vn:7051", Optional.empty(), Optional.empty(), false, folder));
        assertTrue(thrown.getMessage().contains("XUATXU_LEDGER_FABRIC_TLS_CA_CERTIFICATE"), thrown.getMessage());
        FabricSettings.withDefaults("peer0.agency.xuatxu.vn:7051", Optional.empty(), Optional.empty(), true, folder);
    }

    @Test
    void aMissingKeyFileIsNamed() throws Exception {
        try (LoopbackGateway network = LoopbackGateway.start(folder, List.of("AgencyMSP", "CoffeeMSP"))) {
            Path key = network.settings().identitiesDir().resolve("CoffeeMSP").resolve("key.pem");
            Files.delete(key);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> FabricLedger.connect(network.settings()));
            assertTrue(thrown.getMessage().contains(key.toString()), thrown.getMessage());
        }
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefused() throws Exception {
        try (LoopbackGateway network = LoopbackGateway.start(folder, List.of("AgencyMSP", "CoffeeMSP"))) {
            Path identities = network.settings().identitiesDir();
            Files.copy(identities.resolve("AgencyMSP/key.pem"), identities.resolve("CoffeeMSP/key.pem"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> FabricLedger.connect(network.settings()));
            assertTrue(thrown.getMessage().contains("is not the private key of"), thrown.getMessage());
        }
    }

    @Test
    void aCertificateEnrolledForAnotherOrganisationIsRefused() throws Exception {
        try (LoopbackGateway network = LoopbackGateway.start(folder, List.of("AgencyMSP", "CoffeeMSP"))) {
            Path identities = network.settings().identitiesDir();
            Path impostor = Files.createDirectories(identities.resolve("TeaMSP"));
            for (String file : List.of("cert.pem", "key.pem", "mspid")) {
                Files.copy(identities.resolve("CoffeeMSP").resolve(file), impostor.resolve(file));
            }
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> FabricLedger.connect(network.settings()));
            assertTrue(thrown.getMessage().contains("xuatxu.org=CoffeeMSP"), thrown.getMessage());
        }
    }

    @Test
    void anEmptyIdentitiesFolderIsRefused() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> FabricLedger.connect(
                FabricSettings.withDefaults("127.0.0.1:7051", Optional.empty(), Optional.empty(), true, folder)));
        assertTrue(thrown.getMessage().contains("no organisation folder"), thrown.getMessage());
    }
}
