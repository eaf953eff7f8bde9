package vn.xuatxu.label.agent;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A small HTTP service that runs next to a printer (on a PC or a Raspberry Pi at a co-op or a
 * school kitchen), accepts print jobs, queues them in order and sends them to the printer with
 * retries, and reports each job's state and the printer's status.
 *
 * <p>Why an agent: the server is on the internet and the printer on a shop's LAN or USB port; the
 * agent is the one piece that can reach the printer, and it keeps retrying through a switched-off
 * printer without the server or the phone that ordered the labels waiting.
 *
 * <p>Run it: {@code java -cp label-printer.jar vn.xuatxu.label.agent.PrintAgent --printer
 * tcp://192.168.1.50:9100 --language zpl --token ...} (or {@code --config agent.properties}); the
 * HTTP protocol is in {@code docs/printing.md}. Embedded: {@link #start(AgentSettings)}.
 */
public interface PrintAgent extends AutoCloseable {

    /** Starts an agent; it serves until {@link #close()}. */
    static PrintAgent start(AgentSettings settings) throws IOException {
        return new HttpPrintAgent(settings);
    }

    /** The address the HTTP endpoint is bound to (with the real port when 0 was asked for). */
    InetSocketAddress address();

    /** Stops accepting requests and stops the worker; jobs still queued are dropped. */
    @Override
    void close();

    /** Command-line entry point; see {@link AgentSettings#fromCommandLine}. */
    static void main(String[] args) throws IOException {
        AgentSettings settings;
        try {
            settings = AgentSettings.fromCommandLine(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("print agent: " + e.getMessage());
            System.err.println("usage: PrintAgent --printer tcp://HOST:9100|file:/dev/usb/lp0|cups:QUEUE "
                    + "--language zpl|tspl|escpos --token TOKEN (or XUATXU_AGENT_TOKEN) [--port 9180] "
                    + "[--listen HOST:PORT] [--config agent.properties]");
            System.exit(2);
            return;
        }
        PrintAgent agent = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "print-agent-shutdown"));
        System.out.println("Xuất Xứ print agent on http://" + agent.address().getHostString() + ":"
                + agent.address().getPort() + " → " + settings.printer().target() + " ("
                + settings.language().shortName() + ")");
    }
}
