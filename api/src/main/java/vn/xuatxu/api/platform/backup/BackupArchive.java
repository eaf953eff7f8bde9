package vn.xuatxu.api.platform.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.xuatxu.api.ledger.embedded.CorruptLedgerException;
import vn.xuatxu.api.ledger.embedded.EmbeddedLedger;
import vn.xuatxu.api.platform.StartupEnvironment.DatabaseAddress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One installation in one zip file: {@code database.sql} (a consistent logical dump), the data folder's
 * files under {@code data/} (the ledger's block log and keys, the token secret, uploaded files; never the
 * embedded MariaDB's own files, which the dump replaces) and {@code manifest.json} with the SHA-256 of every
 * entry and the ledger's height and head hash. A restore checks all of it before it changes anything, and
 * checks the restored ledger against the manifest afterwards.
 */
public final class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String DATABASE = "database.sql";
    static final String DATA = "data/";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What a backup holds, written last into the archive. */
    public record Manifest(int format, String created, Map<String, Long> tableRows, LedgerHead ledger,
                           Map<String, String> sha256) {
    }

    /** The embedded ledger's height and head hash when the backup was made; null in Fabric mode. */
    public record LedgerHead(long height, String headHash) {
    }

    /** Something the operator must fix before a backup or restore can go on, said in their language. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private BackupArchive() {
    }

    /**
     * Writes a backup of {@code database} and {@code dataFolder} to {@code target} (through a temporary file,
     * so an interrupted backup never looks complete). The server must not be writing to the data folder.
     */
    public static Manifest write(DatabaseAddress database, Path dataFolder, Path target, Clock clock,
                                 Consumer<String> progress) throws Refused, IOException, SQLException {
        LedgerHead ledger = verifiedLedger(dataFolder.resolve("ledger"), progress);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Map<String, String> hashes = new TreeMap<>();
        Map<String, Long> rows;
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(DATABASE));
            DigestOutputStream digest = new DigestOutputStream(new NonClosing(zip), sha256());
            try (Connection connection = connect(database);
                 Writer sql = new OutputStreamWriter(digest, StandardCharsets.UTF_8)) {
                rows = DatabaseDump.write(connection, sql, line -> progress.accept("  " + line));
            }
            hashes.put(DATABASE, hex(digest.getMessageDigest()));
            zip.closeEntry();
            for (Path path : dataFiles(dataFolder, target, partial)) {
                String name = DATA + dataFolder.relativize(path).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256())) {
                    in.transferTo(zip);
                    hashes.put(name, hex(((DigestInputStream) in).getMessageDigest()));
                }
                zip.closeEntry();
                progress.accept("  " + name + " (" + Files.size(path) + " bytes)");
            }
            Manifest manifest = new Manifest(FORMAT, clock.instant().toString(), rows, ledger, hashes);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            file.flush();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Restores {@code archive} into an empty database and a data folder without a ledger, after checking
     * every entry against the manifest; then checks that the restored ledger has the recorded head.
     */
    public static Manifest restore(Path archive, DatabaseAddress database, Path dataFolder, Consumer<String> progress)
            throws Refused, IOException, SQLException {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = checkedManifest(zip);
            if (Files.exists(dataFolder.resolve("ledger/blocks.log"))) {
                throw new Refused("Thư mục dữ liệu " + dataFolder + " đã có sổ cái. Hãy khôi phục vào một thư mục trống"
                        + " (đặt XUATXU_DATA_DIR). / The data folder already holds a ledger: restore into an empty one.");
            }
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                List<String> existing = DatabaseDump.tables(statement);
                if (!existing.isEmpty()) {
                    throw new Refused("Cơ sở dữ liệu " + database.url() + " đã có " + existing.size() + " bảng. Hãy khôi phục"
                            + " vào một cơ sở dữ liệu trống. / The database is not empty: restore into an empty one.");
                }
                for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith(DATA)).toList()) {
                    Path destination = dataFolder.resolve(entry.getName().substring(DATA.length())).normalize();
                    if (!destination.startsWith(dataFolder)) {
                        throw new Refused("Bản sao lưu có đường dẫn không hợp lệ: " + entry.getName());
                    }
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                    progress.accept("  " + entry.getName());
                }
                try (BufferedReader sql = new BufferedReader(new java.io.InputStreamReader(
                        zip.getInputStream(zip.getEntry(DATABASE)), StandardCharsets.UTF_8))) {
                    long statements = DatabaseDump.load(connection, sql);
                    progress.accept("  " + DATABASE + ": " + statements + " statements, "
                            + manifest.tableRows().values().stream().mapToLong(Long::longValue).sum() + " rows");
                }
            }
            if (manifest.ledger() != null) {
                LedgerHead restored = verifiedLedger(dataFolder.resolve("ledger"), progress);
                if (!manifest.ledger().equals(restored)) {
                    throw new Refused("Sổ cái sau khi khôi phục (" + restored + ") khác với bản sao lưu ("
                            + manifest.ledger() + ").");
                }
            }
            return manifest;
        }
    }

    private static Manifest checkedManifest(ZipFile zip) throws Refused, IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null || zip.getEntry(DATABASE) == null) {
            throw new Refused("Tệp này không phải bản sao lưu Xuất Xứ (thiếu " + MANIFEST + " hoặc " + DATABASE + ").");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, Manifest.class);
        }
        if (manifest.format() != FORMAT) {
            throw new Refused("Bản sao lưu định dạng " + manifest.format() + " không được phiên bản này hỗ trợ.");
        }
        List<String> names = new ArrayList<>(zip.stream().map(ZipEntry::getName).filter(n -> !n.equals(MANIFEST)).toList());
        if (!new TreeMap<>(manifest.sha256()).keySet().equals(new java.util.TreeSet<>(names))) {
            throw new Refused("Bản sao lưu không đầy đủ: danh sách tệp khác với manifest.json.");
        }
        for (String name : names) {
            try (DigestInputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(name)), sha256())) {
                in.transferTo(OutputStream.nullOutputStream());
                if (!hex(in.getMessageDigest()).equals(manifest.sha256().get(name))) {
                    throw new Refused("Bản sao lưu bị hỏng: " + name + " không khớp mã băm SHA-256 trong manifest.json.");
                }
            }
        }
        return manifest;
    }

    private static LedgerHead verifiedLedger(Path ledgerFolder, Consumer<String> progress) throws Refused {
        if (!Files.exists(ledgerFolder.resolve("blocks.log"))) {
            progress.accept("No embedded ledger in " + ledgerFolder + " (Fabric mode keeps the ledger on the network).");
            return null;
        }
        try {
            EmbeddedLedger.Verification verification = EmbeddedLedger.verify(ledgerFolder);
            progress.accept("Ledger intact: height " + verification.height() + ", head " + verification.headHash());
            return new LedgerHead(verification.height(), verification.headHash());
        } catch (CorruptLedgerException e) {
            throw new Refused("Sổ cái không nguyên vẹn ở khối " + e.blockNumber() + ": " + e.getMessage()
                    + ". Chạy verify-ledger để xem chi tiết. / The ledger does not verify.");
        }
    }

    /** Files of the data folder that belong in a backup, sorted; the embedded MariaDB's files and the lock never do. */
    private static List<Path> dataFiles(Path dataFolder, Path... exclude) throws IOException {
        List<Path> excluded = Stream.of(exclude).map(p -> p.toAbsolutePath().normalize()).toList();
        try (Stream<Path> files = Files.walk(dataFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dataFolder.resolve("mariadb")))
                    .filter(p -> !p.getFileName().toString().equals(".lock"))
                    .filter(p -> !excluded.contains(p.toAbsolutePath().normalize()))
                    .sorted()
                    .toList();
        }
    }

    private static Connection connect(DatabaseAddress database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lets a writer close without closing the zip entry stream under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
