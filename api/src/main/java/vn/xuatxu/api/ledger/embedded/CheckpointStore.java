package vn.xuatxu.api.ledger.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code checkpoints/} folder of a ledger. A checkpoint is written whole to a temporary file, forced to
 * disk and renamed into place (then the folder is forced), so a crash leaves either the old set or the new
 * one, never half a file; the newest {@value #KEEP} are kept, and any beyond the block just written (ahead of
 * the log, so ignored at start) is removed.
 */
final class CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    static final int KEEP = 2;
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{12})\\.json");

    private final Path folder;

    CheckpointStore(Path folder) {
        this.folder = folder;
    }

    /** A checkpoint file that cannot be used: unreadable, changed, signed by another key, or not of this log. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** Checkpoint files, newest (highest block) first. */
    List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list ledger checkpoints in {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    /** Writes the state after {@code blockNumber}, signed by {@code node}, and drops all but the newest two. */
    Path write(long blockNumber, String blockHash, Checkpoint.State state, SigningIdentity node) throws IOException {
        String digest = Checkpoint.digestOf(state);
        String signature = Base64.getEncoder().encodeToString(node.sign(
                Checkpoint.signedText(blockNumber, blockHash, digest).getBytes(StandardCharsets.US_ASCII)));
        byte[] bytes = BlockLog.CANONICAL_JSON.writeValueAsBytes(
                new Checkpoint(Checkpoint.FORMAT, blockNumber, blockHash, digest, signature, state));
        Files.createDirectories(folder);
        Path target = folder.resolve(String.format(java.util.Locale.ROOT, "checkpoint-%012d.json", blockNumber));
        Path temporary = folder.resolve(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
        // A checkpoint beyond this block is ahead of the log (whose head this block is) and was ignored at start.
        List<Path> all = new ArrayList<>(files());
        all.removeIf(file -> file.getFileName().toString().compareTo(target.getFileName().toString()) > 0 && delete(file));
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return target;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the ledger checkpoint {}: {}", file, e.getMessage());
            return false;
        }
    }

    private void forceFolder() throws IOException {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some file systems cannot force a folder; the rename is still atomic there.
            LOG.debug("Cannot force the checkpoint folder {}: {}", folder, e.getMessage());
        }
    }

    /**
     * Reads a checkpoint and checks it by itself: it parses, its state matches its digest and the node signed
     * it with the key in force now (a checkpoint a retired key signed is not trusted: that key may leak).
     * Whether it belongs to the log is for the caller to check against the blocks.
     */
    static Checkpoint read(Path file, NodeCertificates certificates) throws Unusable {
        Checkpoint checkpoint;
        try {
            checkpoint = BlockLog.CANONICAL_JSON.readValue(file.toFile(), Checkpoint.class);
        } catch (IOException e) {
            throw new Unusable("it cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (checkpoint.format() != Checkpoint.FORMAT || checkpoint.state() == null || checkpoint.blockHash() == null
                || checkpoint.signature() == null) {
            throw new Unusable("it is not a format " + Checkpoint.FORMAT + " checkpoint");
        }
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (name.matches() && Long.parseLong(name.group(1)) != checkpoint.blockNumber()) {
            throw new Unusable("its name says block " + name.group(1) + " but it holds block " + checkpoint.blockNumber());
        }
        if (!Checkpoint.digestOf(checkpoint.state()).equals(checkpoint.contentDigest())) {
            throw new Unusable("its content does not match its digest");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException e) {
            throw new Unusable("its signature is not Base64");
        }
        X509Certificate node = certificates.inForceAfter(checkpoint.blockNumber());
        if (!node.equals(certificates.current())) {
            throw new Unusable("it is signed by a node key that a later key rotation retired");
        }
        if (!SigningIdentity.verify(node, checkpoint.signedText().getBytes(StandardCharsets.US_ASCII), signature)) {
            throw new Unusable("its signature is not this node's");
        }
        return checkpoint;
    }

    /** Deletes the checkpoints of blocks before {@code blockNumber} (after a key rotation: they are not trusted). */
    void dropBefore(long blockNumber) {
        for (Path file : files()) {
            Matcher name = NAME.matcher(file.getFileName().toString());
            if (name.matches() && Long.parseLong(name.group(1)) < blockNumber) {
                delete(file);
            }
        }
    }

    /** Leftover temporary files of a write a crash interrupted. */
    void dropUnfinished() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> unfinished = new ArrayList<>(listing.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
            for (Path file : unfinished) {
                LOG.info("Dropping an unfinished ledger checkpoint {}", file);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean unfinished checkpoints in {}: {}", folder, e.getMessage());
        }
    }
}
