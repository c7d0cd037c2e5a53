package org.nitratekg.server.http.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response Fuseki writes, passed through to the client as it is written (results still stream), with a copy of
 * the headers it sets and of up to {@code limit} bytes of its body. A body larger than the limit is not copied
 * further: {@link #complete()} then says it cannot be kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final long limit;
    private boolean overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /** True if the whole body was copied. */
    boolean complete() {
        return !overflow;
    }

    ResultCache.Entry entry() {
        if (writer != null) {
            writer.flush();
        }
        return new ResultCache.Entry(List.copyOf(headers), copy.toByteArray());
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        if (type != null) {
            setRecorded("Content-Type", super.getContentType());
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        super.setCharacterEncoding(charset);
        if (super.getContentType() != null) {
            setRecorded("Content-Type", super.getContentType());
        }
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        setRecorded(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        headers.add(Map.entry(name, value));
    }

    private void setRecorded(String name, String value) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        if (value != null) {
            headers.add(Map.entry(name, value));
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    private void copy(byte[] b, int off, int len) {
        if (overflow) {
            return;
        }
        if (copy.size() + (long) len > limit) {
            overflow = true;
            copy.reset();
            return;
        }
        copy.write(b, off, len);
    }

    /** Writes to the client and to the copy. */
    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
