package vn.xuatxu.label.agent;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.transport.PrinterTransport;
import vn.xuatxu.label.transport.Timeouts;

/**
 * How a print agent runs: which printer, in which language, who may submit jobs, and its limits.
 *
 * @param printer       where jobs go
 * @param language      the printer's language; label images are encoded in it and raw jobs must
 *                      declare it
 * @param token         the bearer token every request but {@code /health} must carry (at least
 *                      16 characters; share it only with the server that pushes jobs)
 * @param listen        address and port of the HTTP endpoint (port 0 picks a free port)
 * @param maxJobBytes   largest request body accepted, and largest encoded job
 * @param maxQueuedJobs jobs waiting at most; more are refused with 503 so a runaway client cannot
 *                      fill the agent's memory
 * @param maxAttempts   sends per job when the printer cannot be reached (1 = no retry)
 * @param retryDelay    wait before the second attempt, doubled for each further one (at most 1 min)
 */
public record AgentSettings(PrinterTransport printer, PrinterLanguage language, String token,
                            InetSocketAddress listen, int maxJobBytes, int maxQueuedJobs, int maxAttempts,
                            Duration retryDelay) {

    /** Default HTTP port of the agent. */
    public static final int DEFAULT_PORT = 9180;
    public static final int DEFAULT_MAX_JOB_BYTES = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_QUEUED_JOBS = 1000;
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    public AgentSettings {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(listen, "listen");
        if (token == null || token.strip().length() < 16) {
            throw new IllegalArgumentException("the agent token must have at least 16 characters");
        }
        token = token.strip();
        if (maxJobBytes < 1024 || maxQueuedJobs < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxJobBytes ≥ 1024, maxQueuedJobs ≥ 1 and maxAttempts ≥ 1 required");
        }
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retryDelay must not be negative");
        }
    }

    /** Defaults for everything but the printer, its language and the token; listens on all interfaces. */
    public static AgentSettings of(PrinterTransport printer, PrinterLanguage language, String token) {
        return new AgentSettings(printer, language, token, new InetSocketAddress(DEFAULT_PORT),
                DEFAULT_MAX_JOB_BYTES, DEFAULT_MAX_QUEUED_JOBS, DEFAULT_MAX_ATTEMPTS, Duration.ofSeconds(2));
    }

    /** The same settings listening elsewhere. */
    public AgentSettings listeningOn(InetSocketAddress address) {
        return new AgentSettings(printer, language, token, address, maxJobBytes, maxQueuedJobs, maxAttempts,
                retryDelay);
    }

    /** The same settings with another retry policy. */
    public AgentSettings retrying(int attempts, Duration firstDelay) {
        return new AgentSettings(printer, language, token, listen, maxJobBytes, maxQueuedJobs, attempts, firstDelay);
    }

    /** The same settings with other size limits. */
    public AgentSettings limitedTo(int jobBytes, int queuedJobs) {
        return new AgentSettings(printer, language, token, listen, jobBytes, queuedJobs, maxAttempts, retryDelay);
    }

    /**
     * Settings from the command line, a properties file named by {@code --config}, and the
     * environment (command line wins, then the file, then {@code XUATXU_AGENT_TOKEN} for the token).
     * Keys: {@code printer, language, token, listen (HOST:PORT), port, lp, max-job-bytes,
     * max-queued-jobs, attempts, retry-delay-ms, connect-timeout-ms, write-timeout-ms,
     * reply-timeout-ms}; on the command line with two dashes.
     *
     * @throws IllegalArgumentException with a message fit for the user when something is missing or wrong
     */
    public static AgentSettings fromCommandLine(String[] args, Map<String, String> environment) {
        Map<String, String> merged = AgentOptions.parse(args, environment, KNOWN_KEYS);
        String printer = AgentOptions.required(merged, "printer");
        PrinterLanguage language = PrinterLanguage.named(AgentOptions.required(merged, "language"));
        String token = AgentOptions.required(merged, "token");
        Timeouts defaults = Timeouts.defaults();
        Timeouts timeouts = new Timeouts(
                AgentOptions.millis(merged, "connect-timeout-ms", defaults.connect()),
                AgentOptions.millis(merged, "write-timeout-ms", defaults.write()),
                AgentOptions.millis(merged, "reply-timeout-ms", defaults.reply()));
        PrinterTransport transport = PrinterTransport.parse(printer, timeouts,
                Path.of(merged.getOrDefault("lp", "/usr/bin/lp")));
        InetSocketAddress listen;
        if (merged.containsKey("listen")) {
            String value = merged.get("listen");
            int colon = value.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("--listen must be HOST:PORT, was " + value);
            }
            listen = new InetSocketAddress(value.substring(0, colon).replaceAll("^\\[|]$", ""),
                    AgentOptions.integer(value.substring(colon + 1), "listen port"));
        } else {
            listen = new InetSocketAddress(AgentOptions.integer(merged.getOrDefault("port", String.valueOf(DEFAULT_PORT)), "port"));
        }
        return new AgentSettings(transport, language, token, listen,
                AgentOptions.integer(merged.getOrDefault("max-job-bytes", String.valueOf(DEFAULT_MAX_JOB_BYTES)), "max-job-bytes"),
                AgentOptions.integer(merged.getOrDefault("max-queued-jobs", String.valueOf(DEFAULT_MAX_QUEUED_JOBS)),
                        "max-queued-jobs"),
                AgentOptions.integer(merged.getOrDefault("attempts", String.valueOf(DEFAULT_MAX_ATTEMPTS)), "attempts"),
                AgentOptions.millis(merged, "retry-delay-ms", Duration.ofSeconds(2)));
    }

    private static final Set<String> KNOWN_KEYS = Set.of("printer", "language", "token",
            "listen", "port", "lp", "max-job-bytes", "max-queued-jobs", "attempts", "retry-delay-ms",
            "connect-timeout-ms", "write-timeout-ms", "reply-timeout-ms");
}
