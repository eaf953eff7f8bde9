package vn.xuatxu.label.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this agent did with each server job, on disk, written before and after every send to the printer.
 *
 * <p>This is what makes a pulled job print exactly once. The agent writes "about to send labels a–b" and
 * forces it to disk before the first byte leaves for the printer, then "sent through b" after the send
 * returned. After a crash or a power cut a job whose last range was begun but never marked sent is not sent
 * again — those labels may or may not have come out — and is reported as interrupted, so a person looks at
 * the printer and resumes from the right label. A finished job whose report did not reach the server is
 * reported again from here. One line per record: {@code BEGIN id first last}, {@code SENT id last},
 * {@code END id OUTCOME last}; a torn last line is ignored.
 */
final class JobJournal implements AutoCloseable {

    /** Jobs kept when the journal is compacted at start. */
    private static final int KEPT_JOBS = 1000;

    /** A job as the journal knows it. */
    record Entry(String jobId, int sentThrough, int beganFirst, int beganLast, JobOutcome outcome) {

        /** A range was handed to the printer without the send being known to have finished. */
        boolean inFlight() {
            return outcome == null && beganLast > sentThrough;
        }

        boolean finished() {
            return outcome != null;
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private FileChannel channel;

    private JobJournal(Path file) {
        this.file = file;
    }

    /** Opens (and compacts) the journal at {@code file}, creating it and its folder if needed. */
    static JobJournal open(Path file) throws IOException {
        JobJournal journal = new JobJournal(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                journal.apply(line);
            }
        }
        journal.compact();
        journal.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return journal;
    }

    synchronized Optional<Entry> find(String jobId) {
        return Optional.ofNullable(entries.get(jobId));
    }

    synchronized void begin(String jobId, int first, int last) {
        append("BEGIN " + jobId + " " + first + " " + last);
    }

    synchronized void sent(String jobId, int last) {
        append("SENT " + jobId + " " + last);
    }

    synchronized void end(String jobId, JobOutcome outcome, int sentThrough) {
        append("END " + jobId + " " + outcome.name() + " " + sentThrough);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private void append(String line) {
        apply(line);
        try {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the print journal " + file, e);
        }
    }

    private void apply(String line) {
        String[] parts = line.strip().split(" ");
        try {
            switch (parts[0]) {
                case "BEGIN" -> {
                    Entry was = entries.getOrDefault(parts[1], new Entry(parts[1], 0, 0, 0, null));
                    entries.put(parts[1], new Entry(parts[1], was.sentThrough(), Integer.parseInt(parts[2]),
                            Integer.parseInt(parts[3]), null));
                }
                case "SENT" -> {
                    Entry was = entries.get(parts[1]);
                    int last = Integer.parseInt(parts[2]);
                    entries.put(parts[1], new Entry(parts[1], last, was == null ? 0 : was.beganFirst(), last, null));
                }
                case "END" -> {
                    Entry was = entries.getOrDefault(parts[1], new Entry(parts[1], 0, 0, 0, null));
                    entries.put(parts[1], new Entry(parts[1], Integer.parseInt(parts[3]), was.beganFirst(),
                            was.beganLast(), JobOutcome.valueOf(parts[2])));
                }
                default -> {
                    // A torn or foreign line: nothing was promised on it.
                }
            }
        } catch (RuntimeException torn) {
            // A line cut short by a crash: its send never started, as the line was forced before sending.
        }
    }

    /** Rewrites the journal with the newest jobs only, atomically, so it never grows without bound. */
    private void compact() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Entry> newest = new ArrayList<>(entries.values());
        newest = newest.subList(Math.max(0, newest.size() - KEPT_JOBS), newest.size());
        entries.clear();
        for (Entry entry : newest) {
            entries.put(entry.jobId(), entry);
            if (entry.sentThrough() > 0) {
                lines.add("SENT " + entry.jobId() + " " + entry.sentThrough());
            }
            if (entry.inFlight()) {
                lines.add("BEGIN " + entry.jobId() + " " + entry.beganFirst() + " " + entry.beganLast());
            }
            if (entry.finished()) {
                lines.add("END " + entry.jobId() + " " + entry.outcome().name() + " " + entry.sentThrough());
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(lines.stream().map(line -> line + "\n").reduce("", String::concat)
                    .getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
