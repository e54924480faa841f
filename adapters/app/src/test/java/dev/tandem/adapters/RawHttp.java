package dev.tandem.adapters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client that writes exactly the bytes a test gives it, as a broken or hostile client would. */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    public static RawHttp connect(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(250);
        return new RawHttp(socket);
    }

    public RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Everything the server sends until it closes the connection, or until {@code within} has passed. */
    public String responseWithin(Duration within) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + within.toNanos();
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[8192];
        while (System.nanoTime() < deadline) {
            try {
                int read = in.read(chunk);
                if (read < 0) {
                    break;
                }
                received.write(chunk, 0, read);
            } catch (SocketTimeoutException stillOpen) {
                // keep waiting
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Whether the server has closed the connection: a read sees its end (or a reset). */
    public boolean closedByServer() throws IOException {
        try {
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[8192];
            int read;
            while ((read = in.read(chunk)) > 0) {
                // a response before the close is fine
            }
            return read < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    public static int status(String response) {
        return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    public static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        return start < 0 ? "" : response.substring(start + 4);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
