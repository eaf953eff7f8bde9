package vn.xuatxu.chaincode.network;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Fabric network definition in network-config/ checked offline (no Docker here): scripts, YAML,
 * names consistent across configtx, compose, scripts and the API's settings, and both chaincode packages
 * built from this module's packaged jar. Runs after {@code package}, so the jar exists.
 */
class NetworkConfigIT {

    @Test
    void theNetworkDefinitionPassesOfflineValidation() throws Exception {
        Path script = Path.of("..", "network-config", "validate.sh");
        assertTrue(Files.isRegularFile(script), "network-config/validate.sh is missing");
        Process process = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), report);
        assertEquals(0, process.exitValue(), report);
        assertTrue(report.contains(" 0 failed"), report);
    }
}
