package org.nitratekg.loader.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Anomalies in converted reviews that a researcher should know before trusting a figure: units without a numerator,
 * yields that cannot be converted and why, potentials not versus RHE, a current density in a potential column, one
 * reference cited for two catalysts of a table, a catalyst cited with another reference in the text, and magnitudes
 * that are physically implausible. Pure logic over a model: {@code DataQualityReport.of(model).findings()}.
 */
public record DataQualityReport(List<Finding> findings) {

    /** Faraday constant (C/mol) and electrons per NH3 from nitrate, for the NH3 partial current a yield implies. */
    static final BigDecimal FARADAY = new BigDecimal("96485.33");
    static final int ELECTRONS_PER_NH3 = 8;
    static final BigDecimal MAX_PARTIAL_CURRENT_A_PER_CM2 = BigDecimal.ONE;
    static final BigDecimal MAX_YIELD_MG_PER_H_MG_CAT = new BigDecimal("1000");
    static final BigDecimal MAX_ABS_POTENTIAL_V = new BigDecimal("3");

    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    public static DataQualityReport of(Model model) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(select(model, FindingKind.UNIT_WITHOUT_NUMERATOR, """
                SELECT ?s ?detail WHERE { ?s nkg:ucumExpression ?u ; nkg:printedUnit ?p FILTER(STRSTARTS(?u, "1/"))
                  BIND(CONCAT("unit '", ?p, "' names no amount or mass of ammonia") AS ?detail) }""", Function.identity()));
        findings.addAll(select(model, FindingKind.UNCONVERTIBLE_YIELD, """
                SELECT ?s ?detail WHERE { ?s a nkg:AmmoniaYieldRate ; nkg:unconvertibleReason ?why
                  OPTIONAL { ?s nkg:printedUnit ?p }
                  BIND(CONCAT(COALESCE(?p, "(no unit)"), ": ", ?why) AS ?detail) }""", Function.identity()));
        findings.addAll(select(model, FindingKind.POTENTIAL_NOT_VS_RHE, """
                SELECT ?s ?detail WHERE { ?s a nkg:AppliedPotential ; nkg:numericValue ?v
                  OPTIONAL { ?s nkg:referenceElectrode ?e OPTIONAL { ?e skos:altLabel ?l } }
                  FILTER(!BOUND(?e) || ?e != nkg:RHE)
                  BIND(CONCAT(STR(?v), " V vs. ", COALESCE(STR(?l), "an unstated reference electrode")) AS ?detail) }""",
                Function.identity()));
        findings.addAll(select(model, FindingKind.CURRENT_DENSITY_IN_POTENTIAL_COLUMN, """
                SELECT ?s ?detail WHERE { ?s a nkg:AppliedCurrentDensity ; nkg:derivedFromPart/nkg:columnHeader ?h ;
                  nkg:numericValue ?v ; nkg:printedUnit ?u
                  FILTER(REGEX(?h, "potential|\\\\bE\\\\b|voltage", "i"))
                  BIND(CONCAT(STR(?v), " ", ?u, " printed under '", ?h, "'") AS ?detail) }""", Function.identity()));
        findings.addAll(select(model, FindingKind.REFERENCE_FOR_TWO_CATALYSTS, """
                SELECT ?s ?detail WHERE {
                  { SELECT ?s (GROUP_CONCAT(DISTINCT ?name; separator=" | ") AS ?names) (COUNT(DISTINCT ?c) AS ?n)
                    WHERE { ?row a nkg:TableRow ; nkg:inTable ?t ; cito:cites ?s ; nkg:reportsCatalyst ?c .
                            ?c nkg:printedName ?name } GROUP BY ?s ?t }
                  FILTER(?n > 1) BIND(CONCAT("cited for ", ?names) AS ?detail) }""", Function.identity()));
        findings.addAll(TextCitationCheck.findings(model));
        findings.addAll(magnitudes(model));
        findings.sort(Comparator.comparing((Finding f) -> f.kind().ordinal()).thenComparing(Finding::subject)
                .thenComparing(Finding::detail));
        return new DataQualityReport(List.copyOf(findings));
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    private static List<Finding> magnitudes(Model model) {
        List<Finding> found = new ArrayList<>();
        found.addAll(select(model, FindingKind.IMPLAUSIBLE_MAGNITUDE, """
                SELECT ?s ?detail WHERE { ?s a nkg:FaradaicEfficiency ; nkg:numericValue ?v FILTER(?v > 100 || ?v < 0)
                  BIND(CONCAT("Faradaic efficiency of ", STR(?v), " % is outside 0–100 %") AS ?detail) }""",
                Function.identity()));
        found.addAll(select(model, FindingKind.IMPLAUSIBLE_MAGNITUDE, """
                SELECT ?s ?detail WHERE { ?s a nkg:AppliedPotential ; nkg:numericValue ?v ; nkg:printedUnit "V"
                  FILTER(ABS(?v) > %s) BIND(CONCAT("a potential of ", STR(?v), " V") AS ?detail) }"""
                .formatted(MAX_ABS_POTENTIAL_V), Function.identity()));
        try (QueryExecution exec = QueryExecution.model(model).query(PREFIXES + """
                SELECT ?s ?v ?unit WHERE { ?s a nkg:AmmoniaYieldRate ; nkg:convertedValue ?v ; nkg:convertedUnit ?unit }
                """).build()) {
            exec.execSelect().forEachRemaining(row -> {
                BigDecimal value = new BigDecimal(row.getLiteral("v").getLexicalForm());
                String unit = row.getResource("unit").getURI();
                String subject = row.getResource("s").getURI();
                if (unit.endsWith("-CentiM2")) {
                    BigDecimal current = impliedPartialCurrent(value);
                    if (current.compareTo(MAX_PARTIAL_CURRENT_A_PER_CM2) > 0) {
                        found.add(new Finding(FindingKind.IMPLAUSIBLE_MAGNITUDE, subject, value.toPlainString()
                                + " mg NH3 h-1 cm-2 implies an NH3 partial current of "
                                + current.round(new MathContext(3)).toPlainString() + " A cm-2 (above 1 A cm-2)"));
                    }
                } else if (value.compareTo(MAX_YIELD_MG_PER_H_MG_CAT) > 0) {
                    found.add(new Finding(FindingKind.IMPLAUSIBLE_MAGNITUDE, subject, value.toPlainString()
                            + " mg NH3 h-1 per mg of catalyst: more than " + MAX_YIELD_MG_PER_H_MG_CAT
                            + " times the catalyst's mass per hour"));
                }
            });
        }
        return found;
    }

    /** The NH3 partial current density (A cm⁻²) a yield in mg NH3 h⁻¹ cm⁻² implies: n F (yield / M) / 3600. */
    static BigDecimal impliedPartialCurrent(BigDecimal mgPerHourPerCm2) {
        BigDecimal molPerHour = mgPerHourPerCm2.divide(new BigDecimal("17031"), MathContext.DECIMAL64);
        return molPerHour.multiply(FARADAY).multiply(BigDecimal.valueOf(ELECTRONS_PER_NH3))
                .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64);
    }

    static List<Finding> select(Model model, FindingKind kind, String query, Function<String, String> detail) {
        List<Finding> found = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                RDFNode s = row.get("s");
                found.add(new Finding(kind, s.isURIResource() ? s.asResource().getURI() : s.toString(),
                        detail.apply(row.getLiteral("detail").getString())));
            });
        }
        return found;
    }
}
