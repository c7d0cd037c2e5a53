package org.nitratekg.server.http;

import java.time.Duration;

/**
 * How the server runs: its port (0 picks a free one) and how long a SPARQL query may take before it is
 * cancelled.
 */
public record ServerSettings(int port, Duration queryTimeout) {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT);
    }
}
