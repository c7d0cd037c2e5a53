package org.nitratekg.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a data IRI as the loader mints it, read from a request. The loader percent-encodes every character
 * of a name outside {@code A–Z a–z 0–9 . _ -} (so {@code Cu4(PTI)4} is {@code catalyst/Cu4%28PTI%294}), while the
 * servlet API hands over the path already decoded, and clients differ in what they encode. So the path is taken
 * undecoded from the request line, decoded once, and encoded again the loader's way: {@code Cu4(PTI)4},
 * {@code Cu4%28PTI%294} and {@code Cu4%28PTI%29%34} all name the same resource.
 */
final class DataIriPath {
    private DataIriPath() {}

    /** The path after the servlet's own, in the loader's encoding, starting with "/"; null if there is none. */
    static String of(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath();
        if (raw == null || !raw.startsWith(prefix)) {
            return null;
        }
        String decoded = decode(raw.substring(prefix.length()));
        return decoded == null ? null : encode(decoded);
    }

    /** Percent-decoding as UTF-8; null for a malformed escape. */
    static String decode(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
                        || Character.digit(path.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Encodes as the loader does: letters, digits, '.', '_', '-' and the path's '/' as they are, the rest as %XX. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
