package vn.xuatxu.label.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.xuatxu.label.status.MalformedStatusException;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

/**
 * Writes the job to a device file ({@code /dev/usb/lp0}) in 4 KiB chunks on a worker thread, so
 * that a printer that stops reading (the kernel driver then blocks the write) becomes a timeout
 * instead of a hang. Opened for writing (appending) only, never created: a missing device means
 * the printer is unplugged, and creating a regular file there would swallow every job silently.
 *
 * <p>Status requests are written to the same device and the answer read from it ({@link #status}).
 *
 * <p>Limitation: opening a FIFO or a device that blocks in {@code open} cannot be interrupted;
 * the worker is a daemon thread and is left behind until the open returns.
 */
final class DeviceFileTransport implements PrinterTransport {

    private static final int CHUNK = 4096;
    private static final long EMPTY_READ_PAUSE_MS = 10;

    private final Path device;
    private final Timeouts timeouts;

    DeviceFileTransport(Path device, Timeouts timeouts) {
        this.device = device;
        this.timeouts = timeouts;
    }

    @Override
    public String target() {
        return "file:" + device;
    }

    @Override
    public void send(byte[] job) throws PrinterException {
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(job);
                while (buffer.hasRemaining()) {
                    buffer.limit(Math.min(job.length, buffer.position() + CHUNK));
                    channel.write(buffer);
                    written.set(buffer.position());
                    buffer.limit(job.length);
                }
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "printer-device-writer");
        worker.setDaemon(true);
        worker.start();
        long progress = -1;
        while (true) {
            try {
                done.get(timeouts.write().toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                long now = written.get();
                if (now == progress) {
                    worker.interrupt();
                    throw new PrinterException(Failure.TIMED_OUT, target(), now, "the device accepted no data for "
                            + timeouts.write().toMillis() + " ms after " + now + " of " + job.length
                            + " bytes (printer off line, out of paper, or nobody reading)", null);
                }
                progress = now;
            } catch (InterruptedException e) {
                worker.interrupt();
                Thread.currentThread().interrupt();
                throw new PrinterException(Failure.CONNECTION_LOST, target(), written.get(), "interrupted", e);
            } catch (ExecutionException e) {
                throw failure(e.getCause(), written.get());
            }
        }
    }

    private PrinterException failure(Throwable cause, long sent) {
        if (cause instanceof NoSuchFileException) {
            return new PrinterException(Failure.UNREACHABLE, target(), 0,
                    "no such device: printer unplugged or switched off, or wrong path", cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new PrinterException(Failure.UNREACHABLE, target(), 0,
                    "permission denied: add the agent's user to the 'lp' group", cause);
        }
        if (cause instanceof IOException && sent == 0) {
            return new PrinterException(Failure.UNREACHABLE, target(), 0, "cannot write: " + cause.getMessage(), cause);
        }
        return new PrinterException(Failure.CONNECTION_LOST, target(), sent,
                "write failed after " + sent + " bytes: " + cause, cause);
    }

    /**
     * Asks the printer on the device itself: many USB printers are bidirectional, and {@code usblp} hands their
     * answer to a read on the same device file. The device is opened once for reading and writing (the kernel
     * keeps a reply that arrives between write and read only while the file is open), the request is written and
     * the reply read on a worker thread until it is complete or the reply timeout passes; then the file is closed,
     * which also ends a read the printer never answers. A regular file stands in for the device in tests: the
     * request is appended and the reply read after it as it arrives.
     */
    @Override
    public StatusReply status(StatusQuery query) throws PrinterException {
        CompletableFuture<byte[]> reply = new CompletableFuture<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        AtomicReference<FileChannel> open = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try (FileChannel channel = FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                open.set(channel);
                if (Files.isRegularFile(device)) {
                    channel.position(channel.size());
                }
                channel.write(ByteBuffer.wrap(query.request()));
                ByteBuffer buffer = ByteBuffer.allocate(512);
                while (true) {
                    byte[] sofar;
                    synchronized (received) {
                        sofar = received.toByteArray();
                    }
                    if (query.isComplete(sofar)) {
                        reply.complete(sofar);
                        return;
                    }
                    buffer.clear();
                    int n = channel.read(buffer);
                    if (n > 0) {
                        synchronized (received) {
                            received.write(buffer.array(), 0, n);
                        }
                    } else {
                        Thread.sleep(EMPTY_READ_PAUSE_MS); // end of a regular file: the answer is not there yet
                    }
                }
            } catch (Throwable e) {
                reply.completeExceptionally(e);
            }
        }, "printer-device-status");
        worker.setDaemon(true);
        worker.start();
        try {
            return parse(query, reply.get(timeouts.reply().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            int got;
            synchronized (received) {
                got = received.size();
            }
            throw new PrinterException(Failure.TIMED_OUT, target(), 0, "no complete status reply on the device within "
                    + timeouts.reply().toMillis() + " ms (received " + got + " bytes); the printer may be one-way "
                    + "over USB, or speak another language", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(Failure.CONNECTION_LOST, target(), 0, "interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), 0);
        } finally {
            worker.interrupt();
            closeQuietly(open.get());
        }
    }

    private StatusReply parse(StatusQuery query, byte[] reply) throws PrinterException {
        try {
            return new StatusReply.Reported(query.parse(reply));
        } catch (MalformedStatusException e) {
            throw new PrinterException(Failure.BAD_REPLY, target(), 0, e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing only ends a read the printer never answered
            }
        }
    }
}
