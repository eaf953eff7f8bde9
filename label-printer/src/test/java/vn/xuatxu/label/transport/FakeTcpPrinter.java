package vn.xuatxu.label.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A listener on 127.0.0.1 that plays a raw-TCP printer: it records each connection's bytes, or
 * answers status requests, or stalls (accepts and never reads), or drops the connection.
 */
public final class FakeTcpPrinter implements AutoCloseable {

    private enum Mode { RECORD, STALL, DROP }

    private final ServerSocket server;
    private final Mode mode;
    private final Function<byte[], byte[]> responder;
    private final BlockingQueue<CompletableFuture<byte[]>> connections = new LinkedBlockingQueue<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private FakeTcpPrinter(Mode mode, Function<byte[], byte[]> responder) throws IOException {
        this.mode = mode;
        this.responder = responder;
        this.server = new ServerSocket();
        if (mode == Mode.STALL) {
            server.setReceiveBufferSize(4096); // so that a big job really stops moving
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.acceptor = new Thread(this::accept, "fake-printer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Records every connection's bytes until the client closes it. */
    public static FakeTcpPrinter recording() throws IOException {
        return new FakeTcpPrinter(Mode.RECORD, received -> null);
    }

    /**
     * Records, and whenever the bytes received so far on a connection make {@code responder} return
     * non-null, writes that reply (once per connection).
     */
    public static FakeTcpPrinter answering(Function<byte[], byte[]> responder) throws IOException {
        return new FakeTcpPrinter(Mode.RECORD, responder);
    }

    /** Accepts connections and never reads from them (a printer that is out of paper with a full buffer). */
    public static FakeTcpPrinter stalling() throws IOException {
        return new FakeTcpPrinter(Mode.STALL, received -> null);
    }

    /** Reads the first KiB of each connection, then resets it (a printer switched off mid-job). */
    public static FakeTcpPrinter dropping() throws IOException {
        return new FakeTcpPrinter(Mode.DROP, received -> null);
    }

    public int port() {
        return server.getLocalPort();
    }

    /**
     * The bytes of the next connection, in the order connections were accepted, once the client closed it;
     * waits up to 10 s for each; null if none.
     */
    public byte[] nextConnection() throws InterruptedException {
        return nextConnection(java.time.Duration.ofSeconds(10));
    }

    /** As {@link #nextConnection()}, waiting at most {@code wait} for the connection to arrive. */
    public byte[] nextConnection(java.time.Duration wait) throws InterruptedException {
        CompletableFuture<byte[]> next = connections.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
            return null;
        }
        try {
            return next.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                CompletableFuture<byte[]> recorded = new CompletableFuture<>();
                if (mode == Mode.RECORD) {
                    connections.add(recorded);
                }
                Thread handler = new Thread(() -> serve(socket, recorded), "fake-printer-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, CompletableFuture<byte[]> recorded) {
        try {
            switch (mode) {
                case STALL -> {
                    // never read; the socket stays open until close()
                }
                case DROP -> {
                    socket.getInputStream().readNBytes(1024);
                    socket.setSoLinger(true, 0);
                    socket.close();
                }
                case RECORD -> {
                    ByteArrayOutputStream received = new ByteArrayOutputStream();
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[8192];
                    boolean answered = false;
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        received.write(buffer, 0, n);
                        byte[] reply = answered ? null : responder.apply(received.toByteArray());
                        if (reply != null) {
                            socket.getOutputStream().write(reply);
                            socket.getOutputStream().flush();
                            answered = true;
                        }
                    }
                    recorded.complete(received.toByteArray());
                    socket.close();
                }
            }
        } catch (IOException e) {
            recorded.complete(new byte[0]);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }
}
