/**
 * The print agent: {@link vn.xuatxu.label.agent.PrintAgent}, a JDK {@code HttpServer} that runs
 * beside a printer, takes jobs over HTTP with a bearer token, queues them in order and sends them
 * through a {@link vn.xuatxu.label.transport.PrinterTransport} with retries, and reports job and
 * printer status. Configured by {@link vn.xuatxu.label.agent.AgentSettings}.
 *
 * <p>Deliberately framework-free and small: it runs on a Raspberry Pi next to a co-op's printer with
 * nothing but a JRE and the label-printer jar. The protocol is documented in {@code docs/printing.md}.
 */
package vn.xuatxu.label.agent;
