package io.fiscaltrail.deploy.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a server that a test can cut (every connection dropped, new ones
 * refused, as when MongoDB becomes unreachable) and restore on the same port, while the server
 * behind it keeps its data.
 */
public final class CuttableProxy implements AutoCloseable {

  private final int port;
  private final InetSocketAddress target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;

  public CuttableProxy(InetSocketAddress target) {
    this.target = target;
    this.port = listen(0);
  }

  public int port() {
    return port;
  }

  /** Drops every connection and refuses new ones. */
  public void cut() {
    closeQuietly(listener);
    sockets.forEach(CuttableProxy::closeQuietly);
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  public void restore() {
    listen(port);
  }

  @Override
  public void close() {
    cut();
  }

  private int listen(int wantedPort) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort));
      listener = socket;
      Thread acceptor = new Thread(() -> accept(socket), "proxy-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(target.getAddress(), target.getPort());
        sockets.add(client);
        sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    Thread pump = new Thread(() -> {
      try {
        in.transferTo(out);
      } catch (IOException dropped) {
        // cut, or one side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception ignored) {
      // already closed
    }
  }
}
