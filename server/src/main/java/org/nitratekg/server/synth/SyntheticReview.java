package org.nitratekg.server.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.read.SourceReader;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.loader.segment.Segmenter;

/**
 * A review derived from a real one for measuring at scale: the same structure, so it converts like the original,
 * but its own DOI and title (so its own IRIs), catalysts renamed by swapping metals, table figures varied, and the
 * reference list permuted. Variant {@code n} of a review is always the same text.
 */
public final class SyntheticReview {
    /** Metals swapped in pairs; which pairs depends on the variant number. Not Ag, whose Ag/AgCl is an electrode. */
    private static final List<String> METALS = List.of("Cu", "Ni", "Co", "Fe", "Ru", "Pd", "Pt", "Au", "Zn", "Mn", "Mo", "Ir");
    private static final Pattern METAL_SYMBOL = Pattern.compile("(?<![A-Za-z])(" + String.join("|", METALS) + ")(?![a-z])");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s>)\\]]+");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");
    private static final Pattern REFERENCE_START = Pattern.compile("^(\\d{1,4})\\. ");
    /** A DOI prefix for examples, so a synthetic review never claims a real article's DOI. */
    static final String DOI_PREFIX = "10.5555/nkg-synthetic.";

    private final ReviewText base;
    private final SegmentedReview segmented;
    private final String doi;

    public SyntheticReview(ReviewText base) {
        this.base = base;
        this.segmented = new Segmenter(base.sourceName(), SourceReader.lines(base)).segment();
        this.doi = segmented.frontMatter().value("how to cite").map(DOI::matcher).filter(Matcher::find)
                .map(Matcher::group).orElse(null);
    }

    /** Variant {@code n} (n ≥ 1) as text, named {@code synthetic-NNNN.txt}. */
    public ReviewText variant(int n) {
        List<String> lines = new ArrayList<>(List.of(base.text().split("\n", -1)));
        Random random = new Random(n);
        permuteReferences(lines, n);
        varyTableFigures(lines, random);
        String text = String.join("\n", lines);
        String title = segmented.frontMatter().title().text().strip();
        text = text.replace(title, title + " (synthetic variant " + n + ")");
        if (doi != null) text = text.replace(doi, DOI_PREFIX + n);
        text = swapMetals(text, n);
        return new ReviewText(String.format("synthetic-%04d.txt", n), text);
    }

    /** Every entry's text moves {@code n} places along the list; numbers (and so the citations) stay. */
    private void permuteReferences(List<String> lines, int n) {
        List<Integer> at = new ArrayList<>();
        for (SegmentedReview.ReferenceEntry e : segmented.references()) {
            if (REFERENCE_START.matcher(lines.get(e.line().number() - 1)).find()) at.add(e.line().number() - 1);
        }
        if (at.size() < 2) return;
        List<String> bodies = at.stream().map(i -> REFERENCE_START.matcher(lines.get(i)).replaceFirst("")).toList();
        for (int k = 0; k < at.size(); k++) {
            int line = at.get(k);
            Matcher m = REFERENCE_START.matcher(lines.get(line));
            m.find();
            lines.set(line, m.group() + bodies.get((k + n) % bodies.size()));
        }
    }

    /** Decimal figures in table rows (tab-separated lines) moved by up to ±9 %, keeping their decimals; FE stays ≤ 100. */
    private static void varyTableFigures(List<String> lines, Random random) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\t') < 0) continue;
            Matcher m = DECIMAL.matcher(lines.get(i));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int decimals = m.group(2).length();
                double value = Double.parseDouble(m.group()) * (0.91 + 0.18 * random.nextDouble());
                if (Double.parseDouble(m.group()) <= 100) value = Math.min(value, 99.9);
                m.appendReplacement(out, String.format(java.util.Locale.ROOT, "%." + decimals + "f", value));
            }
            m.appendTail(out);
            lines.set(i, out.toString());
        }
    }

    /** Metals exchanged in pairs (Cu↔Ni, …) wherever they stand as a symbol, so catalyst names change consistently. */
    static String swapMetals(String text, int n) {
        List<String> order = new ArrayList<>(METALS);
        java.util.Collections.shuffle(order, new Random(31L * n + 7));
        java.util.Map<String, String> swap = new java.util.HashMap<>();
        for (int k = 0; k + 1 < order.size(); k += 2) {
            swap.put(order.get(k), order.get(k + 1));
            swap.put(order.get(k + 1), order.get(k));
        }
        Matcher m = METAL_SYMBOL.matcher(text);
        return m.replaceAll(r -> swap.get(r.group(1)));
    }
}
