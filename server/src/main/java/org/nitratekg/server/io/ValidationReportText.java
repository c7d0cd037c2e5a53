package org.nitratekg.server.io;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.engine.ShaclPaths;

/** A SHACL report as lines a person reads: one line per violation, focus node, path and message. */
public final class ValidationReportText {
    private ValidationReportText() {}

    public static String render(String source, ValidationReport report) {
        if (report.conforms()) {
            return source + ": conforms to the nitrate-kg shapes\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(source).append(": ").append(report.getEntries().size()).append(" violation(s)\n");
        for (ReportEntry e : report.getEntries()) {
            out.append("  ").append(e.severity().level().getLocalName())
               .append(" ").append(node(e.focusNode().toString()))
               .append(e.resultPath() == null ? "" : " " + ShaclPaths.pathToString(e.resultPath()))
               .append(": ").append(e.message() == null ? "(no message)" : e.message())
               .append('\n');
        }
        return out.toString();
    }

    private static String node(String text) {
        return text.startsWith("http") ? "<" + text + ">" : text;
    }
}
