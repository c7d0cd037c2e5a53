package org.nitratekg.loader.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.loader.write.FigureUnits;
import org.nitratekg.ontology.NKG;

/**
 * Performance stated in the running text: Faradaic efficiencies ("an FE over 95%", "FE of 90–100%", "99.2% FE",
 * "a near-unity FE", "from 70% for pristine ZnCo2O4 to 94%", "compares with 79% for Zr–N4/C"), yield rates
 * with their unit ("1.42 mg h−1 cm−2 of NH3"), NH3 partial current densities and onset potentials, each with its
 * qualifier, range and the conditions printed with it. A figure belongs to the catalyst named right after it
 * ("for/on X"), else to the subject of its clause, else to the catalyst in focus. A current density at which a
 * test was run is a condition, not a result.
 */
final class ProsePerformanceReader implements ClaimReader {
    private static final String QUALIFIER = "(over|above|more than|exceeds?|exceeding|greater than|beyond|about|approximately|around|nearly|almost|roughly|up to|>|≥|~|≈)?\\s*";
    private static final String VALUE = "([+−-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)";
    private static final Pattern FE_WORD = Pattern.compile("(?i)\\bFEs?\\b|\\bFaradaic efficienc(?:y|ies)\\b");
    private static final Pattern PERCENT = Pattern.compile(QUALIFIER.replace("?\\s*", "?\\s*") + VALUE + "(?:\\s*[–-]\\s*" + VALUE + ")?\\s*%");
    private static final Pattern NEAR_UNITY = Pattern.compile("(?i)\\bnear-unity\\s+(?:FE|Faradaic efficiency)|\\b(?:FE|Faradaic efficiency)\\b[^,;.]{0,50}?\\b(?:is|was|remains|remained|stays|stayed|becomes|became)\\s+near-unity");
    /** A percentage of something else: "18% of the O 1s area", "a Ce3+ fraction of 34%". */
    private static final Pattern OTHER_PERCENT = Pattern.compile("(?i)\\b(?:fraction|area|content|loading|selectivity|conversion|retention|yield|coverage|share|proportion|ratio|wt|at\\.|atomic|mass|weight|decrease|increase|drop|loss)\\b");
    /** A yield unit: a mass or amount of NH3 per hour and per area or mass, its factors in any order ("mmol mg−1 h−1"). */
    private static final String FACTOR = "(?:h[−-]1|cm[−-]2|(?:mg|g)(?:\\s*cat)?[−-]1|(?:mg|g)[−-]1\\s*cat|(?:mg|g)_?cat[−-]1)";
    private static final Pattern YIELD = Pattern.compile(QUALIFIER + VALUE + "\\s*((?:µ|μ|u|m|n)?(?:g|mol)(?:\\s+" + FACTOR + "){1,3})(?![\\w−-])");
    private static final Pattern PARTIAL_CURRENT = Pattern.compile("(?i)partial current density(?:\\s+(?:for|of)\\s+NH3)?(?:\\s*\\([^)]{1,20}\\))?\\s+(?:of\\s+)?" + QUALIFIER + VALUE + "\\s*((?:m)?A\\s+cm[−-]2)");
    private static final Pattern ONSET = Pattern.compile("(?i)onset potential(?:\\s+of\\s+(?:ammonia|NH3)(?:\\s+(?:formation|production|evolution))?(?:\\s+on\\s+[^,;]{1,40}?)?\\s+(?:is|was|lies at|of)|\\s+(?:of|is|was))?\\s+" + VALUE + "\\s*V(?:\\s+vs\\.\\s+(RHE|SCE|Ag/AgCl))?");
    private static final Pattern FOR_CATALYST = Pattern.compile("^\\s*(?:FE\\s+)?(?:(?:is|was|are|were)\\s+(?:reached|obtained|achieved|measured|recorded|found|delivered)\\s+)?(?:for|on|of|with|over)\\s+");
    private static final Pattern CONDITION = Pattern.compile("(?i)\\bat\\s+[+−-]?\\d+(?:\\.\\d+)?\\s*V(?:\\s+vs\\.\\s+[\\w/]+)?|\\bfor\\s+\\d+\\s*h\\b|\\bin\\s+\\d+(?:\\.\\d+)?\\s*M\\s+[A-Z][\\w]*(?:\\s*\\+\\s*\\d+(?:\\.\\d+)?\\s*M\\s+[A-Z][\\w]*)?|\\bat a constant current density of\\s+[−-]?\\d+\\s*mA cm[−-]2");
    private static final Pattern POTENTIAL_AFTER = Pattern.compile("^[^;.]{0,40}?\\bat\\s+([+−–-]?\\s?\\d+(?:\\.\\d+)?)\\s*V\\b(?:\\s*\\(?vs\\.?\\s*(RHE|SCE|Ag/AgCl)\\)?)?");
    private static final Pattern JOINED = Pattern.compile("\\s*,?\\s*(?:and|or)\\s*(?:(?:the|on|for)\\s+)?");
    private static final Pattern TEST_CONDITION = Pattern.compile("(?i)\\b(?:at|under)\\s+(?:a\\s+)?(?:constant\\s+)?current density of\\s*$");

    private final Context ctx;
    private final Map<String, Resource> claims = new HashMap<>();

    ProsePerformanceReader(Context ctx) {
        this.ctx = ctx;
    }

    private record Figure(Resource kind, int start, int end, String qualifier, String value, String max, String unit) {}

    @Override
    public void read(Passage p, Sentence s) {
        if (p.caption) return;
        String text = s.text();
        List<Figure> figures = new ArrayList<>();
        // FE_WORD needs "fe" or "faradaic" in any case; "faradaic" holds no "fe", so both are looked up
        String lower = s.lowerCase();
        if ((lower.contains("fe") || lower.contains("faradaic")) && FE_WORD.matcher(text).find()) {
            Matcher m = PERCENT.matcher(text);
            while (m.find()) {
                if (!feClause(s, m.start())) continue;
                figures.add(new Figure(NKG.FaradaicEfficiency, m.start(), m.end(), qualifier(m.group(1)), m.group(2), m.group(3), "%"));
            }
            Matcher near = NEAR_UNITY.matcher(text);
            while (near.find()) {
                // "the FE of the heteronuclear pair is near-unity": the figure stands where "near-unity" does, after its subject
                int at = near.start() + near.group().toLowerCase(java.util.Locale.ROOT).lastIndexOf("near-unity");
                figures.add(new Figure(NKG.FaradaicEfficiency, at, near.end(), "near-unity", "100", null, "%"));
            }
        }
        // each pattern below needs a word or unit the sentence may not hold at all: most sentences are ruled out by
        // one look-up instead of a backtracking scan from every position
        boolean perHour = text.contains("h−1") || text.contains("h-1");
        Matcher y = YIELD.matcher(perHour ? text : "");
        while (y.find()) if (y.group(3).matches(".*h[−-]1.*")) figures.add(new Figure(NKG.AmmoniaYieldRate, y.start(), y.end(), qualifier(y.group(1)), y.group(2), null, y.group(3)));
        Matcher c = PARTIAL_CURRENT.matcher(lower.contains("partial current density") ? text : "");
        while (c.find()) figures.add(new Figure(NKG.AmmoniaPartialCurrentDensity, c.start(), c.end(), qualifier(c.group(1)), c.group(2), null, NameKey.of(c.group(3))));
        Matcher o = ONSET.matcher(lower.contains("onset potential") ? text : "");
        while (o.find()) figures.add(new Figure(NKG.OnsetPotential, o.start(1), o.end(), null, o.group(1), null, "V vs. " + (o.group(2) == null ? "RHE" : o.group(2))));
        java.util.Map<Figure, CatalystMention> respective = respectively(p, s, figures);
        for (Figure f : figures) {
            if (TEST_CONDITION.matcher(text.substring(Math.max(0, f.start() - 50), f.start())).find()) continue;
            CatalystMention catalyst = respective.containsKey(f) ? respective.get(f) : catalyst(p, s, f);
            if (catalyst != null) write(p, s, catalyst.name(), f);
        }
    }

    /**
     * "the A and B references, which reach FEs of only 81.5% and 64%": two figures of one kind joined by "and" after
     * two catalysts joined by "and", with no other catalyst between, belong to them in order.
     */
    private static java.util.Map<Figure, CatalystMention> respectively(Passage p, Sentence s, List<Figure> figures) {
        java.util.Map<Figure, CatalystMention> pairs = new java.util.HashMap<>();
        String text = s.text();
        List<CatalystMention> named = p.catalysts(s);
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure a = figures.get(i);
            Figure b = figures.get(i + 1);
            if (!a.kind().equals(b.kind()) || a.end() > b.start() || !JOINED.matcher(text.substring(a.end(), b.start())).matches()) continue;
            // "between 85% and 92%" is a range, not two figures
            if (text.substring(Math.max(0, a.start() - 10), a.start()).matches("(?is).*\\bbetween\\s*$")) continue;
            List<CatalystMention> before = named.stream().filter(m -> m.end() <= a.start()).toList();
            if (before.size() < 2) continue;
            CatalystMention first = before.get(before.size() - 2);
            CatalystMention second = before.get(before.size() - 1);
            if (first.name().equals(second.name()) || !JOINED.matcher(text.substring(first.end(), second.start())).matches()) continue;
            pairs.put(a, first);
            pairs.put(b, second);
        }
        return pairs;
    }

    /**
     * A percentage counts as an FE when its clause names the FE ("98.7% FE", "an FE of 97.6%"), or when the sentence
     * does and its clause speaks of nothing else ("…; Cu foil manages only 52.3%"), not "a Ce3+ fraction of 34%".
     */
    private static boolean feClause(Sentence s, int at) {
        org.nitratekg.loader.prose.language.Span span = s.clauses().get(s.clauseAt(at)).span();
        String clause = span.of(s.text());
        Matcher fe = FE_WORD.matcher(clause);
        int lastBefore = -1;
        boolean any = false;
        while (fe.find()) {
            any = true;
            if (span.start() + fe.end() <= at) lastBefore = span.start() + fe.end();
        }
        // between the FE and its number nothing else is measured ("an FE over 95%", not "FE …, a Ce3+ fraction of 34%")
        if (any) return lastBefore < 0 || !OTHER_PERCENT.matcher(s.text().substring(lastBefore, at)).find();
        return !OTHER_PERCENT.matcher(clause).find();
    }

    private CatalystMention catalyst(Passage p, Sentence s, Figure f) {
        String after = s.text().substring(f.end());
        Matcher on = FOR_CATALYST.matcher(after);
        if (on.find()) {
            for (CatalystMention m : p.catalysts(s)) {
                int gap = m.start() - (f.end() + on.end());
                if (gap >= 0 && gap <= 30 && !s.text().substring(f.end() + on.end(), m.start()).matches(".*(?:[,;(]|\\.(?!\\d)).*")) return m;
            }
            // "compared with 63.8% for the pristine oxide": a referring phrase right after the figure
            for (CatalystMention r : p.antecedents.referredBefore(s, s.text().length())) {
                if (r.start() == f.end() + on.end()) return r;
            }
        }
        return p.antecedents.subjectAt(s, f.start());
    }

    private void write(Passage p, Sentence s, String catalyst, Figure f) {
        String key = catalyst + "|" + f.kind().getLocalName() + "|" + new BigDecimal(f.value().replace('−', '-').replace(",", "")).stripTrailingZeros().toPlainString();
        List<Integer> sources = p.sourcesOf(s, f.start(), catalyst);
        if (claims.containsKey(key)) {
            ctx.writer.restate(claims.get(key), p, sources);
            return;
        }
        Resource claim = ctx.writer.claim(p, s, NKG.ProsePerformanceClaim, java.util.Set.of(NKG.PerformanceMeasurement), sources)
                .addLiteral(NKG.hedged, false)
                .addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst));
        Resource figure = ctx.writer.model.createResource(claim.getURI() + "/figure/" + f.start())
                .addProperty(RDF.type, f.kind())
                .addProperty(NKG.ofCatalyst, ctx.writer.catalyst(catalyst))
                .addLiteral(NKG.numericValue, new BigDecimal(f.value().replace('−', '-').replace("+", "").replace(",", "")))
                .addProperty(NKG.derivedFromPart, p.part)
                .addProperty(NKG.partOfReview, claim.getPropertyResourceValue(NKG.partOfReview));
        if (f.kind().equals(NKG.FaradaicEfficiency)) FigureUnits.percent(figure);
        else if (f.kind().equals(NKG.AmmoniaYieldRate)) FigureUnits.yield(figure, f.value().replace(",", ""), f.unit());
        else figure.addProperty(NKG.printedUnit, f.unit());
        if (f.qualifier() != null) figure.addProperty(NKG.qualifier, f.qualifier());
        if (f.max() != null) figure.addLiteral(NKG.upperBound, new BigDecimal(f.max()));
        potential(figure, s.text().substring(f.end()));
        String condition = condition(s.text(), f);
        if (condition != null) claim.addProperty(NKG.conditionNote, condition);
        claim.addProperty(NKG.hasPerformance, figure);
        claims.put(key, claim);
    }

    /** "… at −0.4 V (vs. RHE)" right after the figure: the applied potential it was measured at, vs. RHE unless stated. */
    private void potential(Resource figure, String after) {
        Matcher at = POTENTIAL_AFTER.matcher(after);
        if (!at.find()) return;
        String value = at.group(1).replaceAll("\\s", "").replace('−', '-').replace('–', '-').replace("+", "");
        Resource condition = ctx.writer.model.createResource(figure.getURI() + "/condition")
                .addProperty(RDF.type, NKG.AppliedPotential)
                .addLiteral(NKG.numericValue, new BigDecimal(value))
                .addProperty(NKG.printedUnit, "V");
        String electrode = at.group(2) == null ? "RHE" : at.group(2);
        Resource term = switch (electrode) {
            case "SCE" -> NKG.SCE;
            case "Ag/AgCl" -> NKG.AgAgCl;
            default -> NKG.RHE;
        };
        condition.addProperty(NKG.referenceElectrode, ctx.writer.term(term));
        figure.addProperty(NKG.underCondition, condition);
    }

    /** The potential, duration and electrolyte printed in the same clause as the figure. */
    private static String condition(String text, Figure f) {
        List<String> parts = new ArrayList<>();
        Matcher m = CONDITION.matcher(text);
        while (m.find()) parts.add(NameKey.of(m.group()).replaceFirst("^(?i)at a constant", "constant"));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String qualifier(String word) {
        if (word == null) return null;
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "over", "above", "more than", "exceed", "exceeds", "exceeding", "greater than", "beyond", ">" -> ">";
            case "≥" -> "≥";
            case "up to" -> "≤";
            default -> "~";
        };
    }
}
