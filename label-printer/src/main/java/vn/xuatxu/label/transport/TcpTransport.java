package vn.xuatxu.label.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import vn.xuatxu.label.status.MalformedStatusException;
import vn.xuatxu.label.status.StatusQuery;
import vn.xuatxu.label.transport.PrinterException.Failure;

/**
 * Raw TCP with a non-blocking channel and a selector, because a blocking socket has no write
 * timeout: a printer that stops reading (out of paper, paused) would block the sender forever.
 */
final class TcpTransport implements PrinterTransport {

    private final String host;
    private final int port;
    private final Timeouts timeouts;

    TcpTransport(String host, int port, Timeouts timeouts) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("printer host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1–65535, was " + port);
        }
        this.host = host;
        this.port = port;
        this.timeouts = timeouts;
    }

    @Override
    public String target() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public void send(byte[] job) throws PrinterException {
        try (Selector selector = Selector.open(); SocketChannel channel = connect(selector)) {
            write(channel, selector, job);
        } catch (IOException closeOrSelector) {
            throw new PrinterException(Failure.CONNECTION_LOST, target(), job.length,
                    "closing the connection failed: " + closeOrSelector.getMessage(), closeOrSelector);
        }
    }

    @Override
    public StatusReply status(StatusQuery query) throws PrinterException {
        byte[] reply;
        try (Selector selector = Selector.open(); SocketChannel channel = connect(selector)) {
            write(channel, selector, query.request());
            reply = read(channel, selector, query);
        } catch (IOException closeOrSelector) {
            throw new PrinterException(Failure.CONNECTION_LOST, target(), 0,
                    "closing the connection failed: " + closeOrSelector.getMessage(), closeOrSelector);
        }
        try {
            return new StatusReply.Reported(query.parse(reply));
        } catch (MalformedStatusException e) {
            throw new PrinterException(Failure.BAD_REPLY, target(), 0,
                    e.getMessage() + " — is the printer language configured right?", e);
        }
    }

    private SocketChannel connect(Selector selector) throws PrinterException, IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_CONNECT);
            if (!channel.connect(new InetSocketAddress(host, port))) {
                if (selector.select(timeouts.connect().toMillis()) == 0) {
                    throw new PrinterException(Failure.UNREACHABLE, target(), 0, "no answer within "
                            + timeouts.connect().toMillis() + " ms: printer off, wrong address, or a firewall", null);
                }
                channel.finishConnect();
            }
            selector.selectedKeys().clear();
            return channel;
        } catch (UnresolvedAddressException e) {
            channel.close();
            throw new PrinterException(Failure.UNREACHABLE, target(), 0, "unknown host " + host, e);
        } catch (ConnectException e) {
            channel.close();
            throw new PrinterException(Failure.REFUSED, target(), 0, "connection refused: the host is up but "
                    + "nothing listens on port " + port + " (raw printing off, or wrong port)", e);
        } catch (NoRouteToHostException e) {
            channel.close();
            throw new PrinterException(Failure.UNREACHABLE, target(), 0, "no route to host: " + e.getMessage(), e);
        } catch (PrinterException e) {
            channel.close();
            throw e;
        } catch (IOException e) {
            channel.close();
            throw new PrinterException(Failure.UNREACHABLE, target(), 0, "cannot connect: " + e.getMessage(), e);
        }
    }

    private void write(SocketChannel channel, Selector selector, byte[] data) throws PrinterException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        SelectionKey key = channel.keyFor(selector);
        try {
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) > 0) {
                    continue;
                }
                key.interestOps(SelectionKey.OP_WRITE);
                int ready = selector.select(timeouts.write().toMillis());
                selector.selectedKeys().clear();
                if (ready == 0) {
                    throw new PrinterException(Failure.TIMED_OUT, target(), buffer.position(),
                            "the printer accepted no data for " + timeouts.write().toMillis() + " ms after "
                                    + buffer.position() + " of " + data.length
                                    + " bytes (out of paper, head open, paused, or busy)", null);
                }
            }
        } catch (IOException e) {
            throw new PrinterException(Failure.CONNECTION_LOST, target(), buffer.position(),
                    "connection lost after " + buffer.position() + " of " + data.length + " bytes: "
                            + e.getMessage(), e);
        }
    }

    private byte[] read(SocketChannel channel, Selector selector, StatusQuery query) throws PrinterException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(512);
        long deadline = System.nanoTime() + timeouts.reply().toNanos();
        SelectionKey key = channel.keyFor(selector);
        try {
            key.interestOps(SelectionKey.OP_READ);
            while (!query.isComplete(received.toByteArray())) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 || selector.select(left) == 0) {
                    throw new PrinterException(Failure.TIMED_OUT, target(), 0, "no complete status reply within "
                            + timeouts.reply().toMillis() + " ms (received " + received.size()
                            + " bytes); the printer may not support this status request, or speaks another "
                            + "language", null);
                }
                selector.selectedKeys().clear();
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    throw new PrinterException(Failure.CONNECTION_LOST, target(), 0,
                            "the printer closed the connection before a complete status reply ("
                                    + received.size() + " bytes)", null);
                }
                received.write(buffer.array(), 0, n);
                if (received.size() > 64 * 1024) {
                    throw new PrinterException(Failure.BAD_REPLY, target(), 0,
                            "more than 64 KiB without a complete status reply", null);
                }
            }
        } catch (IOException e) {
            throw new PrinterException(Failure.CONNECTION_LOST, target(), 0,
                    "connection lost while reading the status: " + e.getMessage(), e);
        }
        return Arrays.copyOf(received.toByteArray(), received.size());
    }
}
