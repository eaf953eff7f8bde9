package vn.xuatxu.label.agent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.xuatxu.label.transport.PrinterTransport;
import vn.xuatxu.label.transport.Timeouts;

/**
 * How an agent that pulls its jobs from the Xuất Xứ server runs.
 *
 * <p>Pulling is the mode for a printer behind a co-op's or a school's home router: the agent only makes
 * outgoing HTTPS requests, so nothing has to be opened or forwarded on the router, and a phone anywhere can
 * send labels to it through the server.
 *
 * @param server       the server's base address, e.g. {@code https://truyxuat.dienbien.gov.vn}
 * @param token        the agent's token, shown once when the printer was registered on the server
 * @param printer      where labels go
 * @param journal      the file that records every send, so a job prints exactly once across crashes
 * @param pollWait     how long one request for the next job waits on the server before it asks again
 * @param chunkLabels  labels fetched and sent at a time; after a crash at most this many are uncertain
 * @param maxAttempts  sends of one chunk when the printer cannot be reached (1 = no retry)
 * @param retryDelay   wait before the second attempt, doubled each time (at most one minute)
 */
public record PullSettings(URI server, String token, PrinterTransport printer, Path journal, Duration pollWait,
                           int chunkLabels, int maxAttempts, Duration retryDelay) {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);
    public static final int DEFAULT_CHUNK_LABELS = 25;

    public PullSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(pollWait, "pollWait");
        Objects.requireNonNull(retryDelay, "retryDelay");
        String scheme = server.getScheme() == null ? "" : server.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http") || server.getHost() == null) {
            throw new IllegalArgumentException("--server must be an http(s) address, was " + server);
        }
        if (token == null || token.strip().length() < 16) {
            throw new IllegalArgumentException("the agent token must have at least 16 characters "
                    + "(copy it from the printer's page on the server)");
        }
        token = token.strip();
        if (pollWait.isNegative() || pollWait.compareTo(Duration.ofSeconds(25)) > 0) {
            throw new IllegalArgumentException("wait must be 0–25 seconds");
        }
        if (chunkLabels < 1 || chunkLabels > 500 || maxAttempts < 1 || retryDelay.isNegative()) {
            throw new IllegalArgumentException("chunk-labels 1–500, attempts ≥ 1 and a non-negative retry delay required");
        }
    }

    /** Defaults for everything but the server, token, printer and journal. */
    public static PullSettings of(URI server, String token, PrinterTransport printer, Path journal) {
        return new PullSettings(server, token, printer, journal, DEFAULT_WAIT, DEFAULT_CHUNK_LABELS, 5,
                Duration.ofSeconds(2));
    }

    /** The same settings with other polling and chunking. */
    public PullSettings polling(Duration newWait, int newChunkLabels) {
        return new PullSettings(server, token, printer, journal, newWait, newChunkLabels, maxAttempts, retryDelay);
    }

    /** The same settings with another retry policy. */
    public PullSettings retrying(int attempts, Duration firstDelay) {
        return new PullSettings(server, token, printer, journal, pollWait, chunkLabels, attempts, firstDelay);
    }

    /**
     * Settings from the command line, a {@code --config} properties file and the environment, as for
     * {@link AgentSettings#fromCommandLine}. Keys: {@code server, token (or XUATXU_AGENT_TOKEN), printer,
     * journal (default ./xuatxu-agent.journal), wait-seconds, chunk-labels, attempts, retry-delay-ms, lp,
     * connect-timeout-ms, write-timeout-ms, reply-timeout-ms}.
     *
     * @throws IllegalArgumentException with a message fit for the user when something is missing or wrong
     */
    public static PullSettings fromCommandLine(String[] args, Map<String, String> environment) {
        Map<String, String> options = AgentOptions.parse(args, environment, KNOWN_KEYS);
        Timeouts defaults = Timeouts.defaults();
        Timeouts timeouts = new Timeouts(
                AgentOptions.millis(options, "connect-timeout-ms", defaults.connect()),
                AgentOptions.millis(options, "write-timeout-ms", defaults.write()),
                AgentOptions.millis(options, "reply-timeout-ms", defaults.reply()));
        URI server;
        try {
            server = URI.create(AgentOptions.required(options, "server").replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--server is not an address: " + options.get("server"), e);
        }
        return new PullSettings(server, AgentOptions.required(options, "token"),
                PrinterTransport.parse(AgentOptions.required(options, "printer"), timeouts,
                        Path.of(options.getOrDefault("lp", "/usr/bin/lp"))),
                Path.of(options.getOrDefault("journal", "xuatxu-agent.journal")),
                Duration.ofSeconds(AgentOptions.integer(options.getOrDefault("wait-seconds",
                        String.valueOf(DEFAULT_WAIT.toSeconds())), "wait-seconds")),
                AgentOptions.integer(options.getOrDefault("chunk-labels", String.valueOf(DEFAULT_CHUNK_LABELS)),
                        "chunk-labels"),
                AgentOptions.integer(options.getOrDefault("attempts", "5"), "attempts"),
                AgentOptions.millis(options, "retry-delay-ms", Duration.ofSeconds(2)));
    }

    private static final Set<String> KNOWN_KEYS = Set.of("server", "token", "printer", "journal", "wait-seconds",
            "chunk-labels", "attempts", "retry-delay-ms", "lp", "connect-timeout-ms", "write-timeout-ms",
            "reply-timeout-ms");
}
