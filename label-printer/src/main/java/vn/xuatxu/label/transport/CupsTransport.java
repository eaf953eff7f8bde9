package vn.xuatxu.label.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

/**
 * {@code lp -d QUEUE -o raw} with the job on standard input. {@code -o raw} stops CUPS from running
 * filters over bytes that are already in the printer's language. The job is written by a helper
 * thread and the output collected by another, so neither a full pipe nor a hung {@code lp} can block
 * the caller beyond the timeout. Status comes from {@code lpstat} ({@link #status}).
 */
final class CupsTransport implements PrinterTransport {

    private static final int MAX_OUTPUT = 8192;

    private final String queue;
    private final Path lpCommand;
    private final Duration timeout;

    CupsTransport(String queue, Path lpCommand, Duration timeout) {
        if (queue == null || !queue.matches("[A-Za-z0-9_.@-]+")) {
            throw new IllegalArgumentException("not a CUPS queue name: " + queue);
        }
        this.queue = queue;
        this.lpCommand = lpCommand;
        this.timeout = timeout;
    }

    @Override
    public String target() {
        return "cups:" + queue;
    }

    @Override
    public void send(byte[] job) throws PrinterException {
        Process lp;
        try {
            lp = new ProcessBuilder(List.of(lpCommand.toString(), "-d", queue, "-o", "raw"))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new PrinterException(Failure.UNREACHABLE, target(), 0, "cannot run " + lpCommand
                    + " (install cups-client, or configure the lp path): " + e.getMessage(), e);
        }
        AtomicLong written = new AtomicLong();
        Thread feeder = daemon(() -> {
            try (OutputStream in = lp.getOutputStream()) {
                in.write(job);
                written.set(job.length);
            } catch (IOException ignored) {
                // lp exited early; its exit code and output say why.
            }
        }, "lp-stdin");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = collector(lp, output, "lp-output");
        feeder.start();
        reader.start();
        try {
            if (!lp.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                lp.destroyForcibly();
                throw new PrinterException(Failure.TIMED_OUT, target(), written.get(), lpCommand
                        + " did not finish within " + timeout.toMillis() + " ms (is cupsd running?)", null);
            }
            reader.join(1000);
        } catch (InterruptedException e) {
            lp.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PrinterException(Failure.CONNECTION_LOST, target(), written.get(), "interrupted", e);
        }
        if (lp.exitValue() != 0) {
            String said;
            synchronized (output) {
                said = output.toString(StandardCharsets.UTF_8).strip();
            }
            throw new PrinterException(Failure.REJECTED, target(), 0,
                    lpCommand + " exited with " + lp.exitValue() + (said.isEmpty() ? "" : ": " + said), null);
        }
    }

    /** A daemon thread that keeps the first {@link #MAX_OUTPUT} bytes of what the process prints. */
    private static Thread collector(Process process, ByteArrayOutputStream output, String name) {
        return daemon(() -> {
            try (InputStream out = process.getInputStream()) {
                byte[] buffer = new byte[1024];
                for (int n; (n = out.read(buffer)) >= 0; ) {
                    synchronized (output) {
                        if (output.size() < MAX_OUTPUT) {
                            output.write(buffer, 0, Math.min(n, MAX_OUTPUT - output.size()));
                        }
                    }
                }
            } catch (IOException ignored) {
                // process gone
            }
        }, name);
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The queue's state as CUPS knows it, from {@code lpstat -p QUEUE -l} (the {@code lpstat} beside the configured
     * {@code lp}): the bytes of the language's own status request cannot travel through a spooler, but CUPS's
     * backend reports what the printer told it as printer-state-reasons ("Alerts:" in that output), and a stopped
     * queue says "disabled". The printer's language is not asked, so {@code query} is not used.
     */
    @Override
    public StatusReply status(StatusQuery query) throws PrinterException {
        Path lpstat = lpCommand.resolveSibling("lpstat");
        Process process;
        try {
            process = new ProcessBuilder(List.of(lpstat.toString(), "-p", queue, "-l")).redirectErrorStream(true).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new PrinterException(Failure.UNREACHABLE, target(), 0, "cannot run " + lpstat
                    + " (install cups-client): " + e.getMessage(), e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = collector(process, output, "lpstat-output");
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PrinterException(Failure.TIMED_OUT, target(), 0, lpstat + " did not answer within "
                        + timeout.toMillis() + " ms (is cupsd running?)", null);
            }
            reader.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PrinterException(Failure.CONNECTION_LOST, target(), 0, "interrupted", e);
        }
        String said;
        synchronized (output) {
            said = output.toString(StandardCharsets.UTF_8).strip();
        }
        if (process.exitValue() != 0) {
            throw new PrinterException(Failure.REJECTED, target(), 0,
                    lpstat + " exited with " + process.exitValue() + (said.isEmpty() ? "" : ": " + said), null);
        }
        return new StatusReply.Reported(CupsQueueState.parse(said));
    }
}
