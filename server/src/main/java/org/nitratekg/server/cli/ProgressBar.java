package org.nitratekg.server.cli;

import java.io.PrintStream;

import org.nitratekg.server.store.ProgressListener;

/** A one-line text progress bar, redrawn in place on stderr: {@code [#########-----------]  45%  storing}. */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private String lastLine = "";

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(long done, long total, String stage) {
        String line = render(done, total, stage);
        if (!line.equals(lastLine)) {
            out.print("\r" + line);
            out.flush();
            lastLine = line;
        }
    }

    /** Ends the bar's line (once: a second call prints nothing). */
    void finish() {
        if (!lastLine.isEmpty()) {
            out.println();
            lastLine = "";
        }
    }

    static String render(long done, long total, String stage) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%", percent) + "  " + done + "/" + total + "  " + stage;
    }
}
