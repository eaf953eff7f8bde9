package vn.xuatxu.api.ledger.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The append-only file of blocks. Each block is one frame: its length, its canonical JSON and a CRC32C,
 * so a write torn by a crash is recognised at the tail and cut off, while a changed byte anywhere else
 * is corruption and stops the ledger. An append returns only after the file is forced to disk.
 */
final class BlockLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BlockLog.class);
    private static final int MAX_FRAME = 64 * 1024 * 1024;
    static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Path file;
    private final FileChannel channel;
    /** Where each block's frame starts, by block number, for reading one block back (proofs). */
    private final List<Long> positions;

    private BlockLog(Path file, FileChannel channel, List<Long> positions) {
        this.file = file;
        this.channel = channel;
        this.positions = java.util.Collections.synchronizedList(new ArrayList<>(positions));
    }

    /** What reading the log found: the intact blocks, where their frames start, and any torn tail cut off. */
    record Contents(List<Block> blocks, List<Long> positions, long tornBytesDropped) {
    }

    /**
     * Opens the log for appending after reading every intact block. A torn last frame (shorter than its
     * length, or failing its checksum with nothing after it) is truncated and reported.
     *
     * @throws CorruptLedgerException when a frame before the tail does not check out
     */
    static BlockLog open(Path file, List<Block> into) throws CorruptLedgerException {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Contents contents = read(channel, file);
            if (contents.tornBytesDropped() > 0) {
                long keep = channel.size() - contents.tornBytesDropped();
                LOG.warn("Ledger log {} ended with a torn, unacknowledged write of {} bytes after block {}: dropped it",
                        file, contents.tornBytesDropped(), contents.blocks().size() - 1);
                channel.truncate(keep);
                channel.force(true);
            }
            channel.position(channel.size());
            into.addAll(contents.blocks());
            return new BlockLog(file, channel, contents.positions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the ledger log " + file, e);
        }
    }

    /** Reads a log without changing it (for verification). */
    static Contents readOnly(Path file) throws CorruptLedgerException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ledger log " + file, e);
        }
    }

    private static Contents read(FileChannel channel, Path file) throws IOException, CorruptLedgerException {
        List<Block> blocks = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        long size = channel.size();
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(4);
        while (position < size) {
            if (size - position < 8) {
                return new Contents(blocks, positions, size - position);
            }
            header.clear();
            channel.read(header, position);
            int length = header.flip().getInt();
            if (length <= 0 || length > MAX_FRAME) {
                throw new CorruptLedgerException(blocks.size(), "frame at byte " + position + " has impossible length " + length);
            }
            if (position + 8 + length > size) {
                return new Contents(blocks, positions, size - position);
            }
            ByteBuffer frame = ByteBuffer.allocate(length + 4);
            channel.read(frame, position + 4);
            frame.flip();
            byte[] payload = new byte[length];
            frame.get(payload);
            int storedCrc = frame.getInt();
            if (crc(payload) != storedCrc) {
                // A crash can leave the last frame full of zeros or garbage; a last frame that still reads as
                // a block was changed after it was written, and that is corruption, not a torn write.
                if (position + 8 + length == size && !readsAsBlock(payload)) {
                    return new Contents(blocks, positions, size - position);
                }
                throw new CorruptLedgerException(blocks.size(), "checksum mismatch at byte " + position);
            }
            Block block;
            try {
                block = CANONICAL_JSON.readValue(payload, Block.class);
            } catch (IOException e) {
                throw new CorruptLedgerException(blocks.size(), "unreadable block: " + e.getMessage());
            }
            blocks.add(block);
            positions.add(position);
            position += 8 + length;
        }
        return new Contents(blocks, positions, 0);
    }

    private static boolean readsAsBlock(byte[] payload) {
        try {
            CANONICAL_JSON.readValue(payload, Block.class);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Appends a block and forces it to disk before returning. */
    void append(Block block) throws IOException {
        byte[] payload = CANONICAL_JSON.writeValueAsBytes(block);
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 8);
        frame.putInt(payload.length).put(payload).putInt(crc(payload)).flip();
        long start = channel.position();
        try {
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
            channel.force(false);
            positions.add(start);
        } catch (IOException e) {
            // Leave no half-written frame behind for the next append to follow.
            channel.truncate(start);
            channel.position(start);
            throw e;
        }
    }

    /**
     * Reads block {@code number} back from the file as it is now, checking its frame's checksum.
     *
     * @throws CorruptLedgerException when the frame no longer checks out or holds another block
     */
    Block block(long number) throws IOException, CorruptLedgerException {
        long position = positions.get(Math.toIntExact(number));
        ByteBuffer header = ByteBuffer.allocate(4);
        channel.read(header, position);
        int length = header.flip().getInt();
        if (length <= 0 || length > MAX_FRAME) {
            throw new CorruptLedgerException(number, "frame at byte " + position + " has impossible length " + length);
        }
        ByteBuffer frame = ByteBuffer.allocate(length + 4);
        while (frame.hasRemaining() && channel.read(frame, position + 4 + frame.position()) > 0) {
            // read until the frame is complete
        }
        frame.flip();
        byte[] payload = new byte[length];
        frame.get(payload);
        if (frame.remaining() < 4 || crc(payload) != frame.getInt()) {
            throw new CorruptLedgerException(number, "checksum mismatch at byte " + position);
        }
        Block block = CANONICAL_JSON.readValue(payload, Block.class);
        if (block.number() != number) {
            throw new CorruptLedgerException(number, "the frame at byte " + position + " holds block " + block.number());
        }
        return block;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static String hashOf(Block.Content content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL_JSON.writeValueAsBytes(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A block cannot be encoded", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static int crc(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }
}
