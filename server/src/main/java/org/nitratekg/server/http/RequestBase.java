package org.nitratekg.server.http;

import jakarta.servlet.http.HttpServletRequest;

/** The server's own base address as the client used it ({@code http://host:port}), for descriptions that name our endpoints. */
final class RequestBase {
    private RequestBase() {}

    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
