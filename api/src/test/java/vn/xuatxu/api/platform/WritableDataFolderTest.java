package vn.xuatxu.api.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up check of the data folder (the read-only case itself is ReadOnlyDataFolderIT). */
class WritableDataFolderTest {

    @TempDir
    Path folder;

    @Test
    void aWritableFolderPassesAndKeepsNoProbeFile() throws Exception {
        Files.createDirectories(folder.resolve("data/ledger/checkpoints"));
        Files.writeString(folder.resolve("data/ledger/blocks.log"), "x");
        WritableDataFolder.require(folder.resolve("data"));
        try (Stream<Path> walk = Files.walk(folder)) {
            assertTrue(walk.noneMatch(path -> path.getFileName().toString().startsWith(".write-check")));
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamedWithWhatToDo() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> WritableDataFolder.require(file.resolve("data")));
        assertTrue(refused.getMessage().startsWith("Không ghi được vào thư mục dữ liệu " + file.resolve("data")),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("XUATXU_DATA_DIR"), refused.getMessage());
    }
}
