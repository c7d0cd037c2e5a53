package org.nitratekg.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The performance rows of every loaded review ({@code stories/performance-rows.rq}), as the comparison page and its
 * CSV show them: printed values beside the converted yield, numbers kept apart for sorting, filtering and plotting.
 */
final class PerformanceRows {
    private static final String QUERY = "/org/nitratekg/server/stories/performance-rows.rq";
    /** Metal symbols, to offer a metal filter read from the catalyst's printed name. */
    private static final Pattern METAL = Pattern.compile("(?<![A-Za-z])(Li|Na|K|Mg|Ca|Al|Ti|V|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|"
            + "Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Hf|Ta|W|Re|Os|Ir|Pt|Au|Hg|Pb|Bi|La|Ce|Pr|Nd|Sm|Eu|Gd|Y)(?![a-z])");

    record Row(String anchor, PageLink row, PageLink catalyst, PageLink review, String classLabel, List<String> metals,
               String electrolyte, Double potential, String condition, Double fe, String feText, Double yieldValue,
               String yieldText, String yieldUnit, Double converted, String convertedText, String convertedUnit,
               String unconvertible, String refs) {

        /** For the template: the metals as one data attribute, space-separated. */
        String metalList() {
            return String.join(" ", metals);
        }

        /** Only potentials vs RHE are comparable on the plot's axis. */
        boolean potentialVsRhe() {
            return potential != null && condition.endsWith("RHE");
        }
    }

    private PerformanceRows() {}

    static List<Row> all(Graph graph) {
        HumanLabels labels = new HumanLabels(graph);
        List<Row> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(row(rs.next(), labels));
            }
        }
        return rows;
    }

    private static Row row(QuerySolution s, HumanLabels labels) {
        String name = DisplayText.clean(text(s, "catalystName"));
        Double potential = number(s, "conditionValue");
        String conditionUnit = text(s, "conditionUnit");
        String ref = text(s, "refElectrode");
        String condition = potential == null ? "" : (fmt(potential) + " " + conditionUnit + (ref.isEmpty() ? "" : " vs " + ref)).strip();
        boolean isPotential = conditionUnit.equals("V") || conditionUnit.equals("mV");
        Double fe = number(s, "fe");
        String feText = fe == null ? "" : text(s, "feQualifier") + fmt(fe)
                + (s.contains("fePlusMinus") ? " ± " + text(s, "fePlusMinus") : "");
        Double yield = number(s, "yieldValue");
        Double converted = number(s, "convertedYield");
        String yieldUnit = DisplayText.clean(text(s, "yieldUnit"));
        List<String> metals = new ArrayList<>();
        Matcher m = METAL.matcher(name);
        while (m.find()) {
            if (!metals.contains(m.group(1))) {
                metals.add(m.group(1));
            }
        }
        return new Row(ComparisonServlet.rowAnchor(s.getResource("row").getURI()),
                PageLink.of(s.getResource("row").asNode(), labels),
                new PageLink(name, LocalLinks.href(s.getResource("catalyst").getURI()).orElse(null)),
                PageLink.of(s.getResource("review").asNode(), labels),
                text(s, "classLabel"), metals, text(s, "electrolyte"),
                isPotential ? (conditionUnit.equals("mV") ? potential / 1000 : potential) : null, condition,
                fe, feText, yield, yield == null ? "" : fmt(yield) + " " + yieldUnit, yieldUnit,
                converted, converted == null ? "" : String.format(Locale.ROOT, "%.3g", converted),
                text(s, "convertedUnit"), text(s, "unconvertible"), text(s, "refs"));
    }

    static <T> List<String> distinct(Collection<T> rows, Function<T, String> value) {
        return rows.stream().map(value).filter(Objects::nonNull).filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }

    static void writeCsv(List<Row> rows, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"performance-rows.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write("review,row,catalyst,class,electrolyte,condition,fe_percent,yield_as_printed,yield_mg_h-1_cm-2,not_converted_because,refs\r\n");
            for (Row r : rows) {
                out.write(String.join(",", csv(r.review().text()), csv(r.row().text()), csv(r.catalyst().text()),
                        csv(r.classLabel()), csv(r.electrolyte()), csv(r.condition()), csv(r.feText()), csv(r.yieldText()),
                        csv(r.convertedText()), csv(r.unconvertible()), csv(r.refs())) + "\r\n");
            }
        }
    }

    private static String csv(String value) {
        String v = value == null ? "" : value;
        return v.matches(".*[\",\r\n].*") || v.startsWith(" ") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static Double number(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(n.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e6 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String query() {
        try (InputStream in = PerformanceRows.class.getResourceAsStream(QUERY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
