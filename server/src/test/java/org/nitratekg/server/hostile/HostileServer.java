package org.nitratekg.server.hostile;

import java.time.Duration;

import org.nitratekg.server.http.TestServer;

/**
 * One server with the bundled review for the hostile HTTP tests (they run in one JVM, one class after another):
 * starting it once keeps the battery's run short. It stops when the test JVM ends.
 */
final class HostileServer {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static TestServer server;

    private HostileServer() {}

    static synchronized TestServer get() {
        if (server == null) {
            TestServer started = new TestServer(TIMEOUT);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            server = started;
        }
        return server;
    }
}
