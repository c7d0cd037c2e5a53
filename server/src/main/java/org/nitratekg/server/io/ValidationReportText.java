package org.nitratekg.server.io;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * A SHACL report as lines a person reads: a count per severity, then one line per result with focus node, path
 * and message. Warnings and infos flag anomalies of the review itself; only violations make the data invalid.
 */
public final class ValidationReportText {
    private ValidationReportText() {}

    public static String render(String source, ValidationReport report) {
        if (report.conforms()) {
            return source + ": conforms to the nitrate-kg shapes\n";
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            counts.merge(e.severity().level().getLocalName(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(source).append(": ")
                .append(counts.getOrDefault("Violation", 0)).append(" violation(s), ")
                .append(counts.getOrDefault("Warning", 0)).append(" warning(s), ")
                .append(counts.getOrDefault("Info", 0)).append(" info(s)\n");
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
