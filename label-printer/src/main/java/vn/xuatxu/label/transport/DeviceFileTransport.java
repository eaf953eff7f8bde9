package vn.xuatxu.label.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

/**
 * Writes the job to a device file ({@code /dev/usb/lp0}) in 4 KiB chunks on a worker thread, so
 * that a printer that stops reading (the kernel driver then blocks the write) becomes a timeout
 * instead of a hang. Opened for writing (appending) only, never created: a missing device means
 * the printer is unplugged, and creating a regular file there would swallow every job silently.
 *
 * <p>Limitation: opening a FIFO or a device that blocks in {@code open} cannot be interrupted;
 * the worker is a daemon thread and is left behind until the open returns.
 */
final class DeviceFileTransport implements PrinterTransport {

    private static final int CHUNK = 4096;

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

    @Override
    public StatusReply status(StatusQuery query) {
        return new StatusReply.NotSupported("status replies are not read from device files; "
                + "use the printer's network port (tcp://) or its front panel");
    }
}
