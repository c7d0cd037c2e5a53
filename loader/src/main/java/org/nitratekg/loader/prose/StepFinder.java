package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

/**
 * The elementary steps a sentence names: "*NO → *NOH" and "NO3− → *NO3" written with an arrow, "(*NO3) … is reduced to
 * *NO2", "the reduction of nitrate to nitrite" and "the dissociation of water into *H", each as the shared step resource with its two species.
 */
final class StepFinder {
    /** A step named in a sentence: the shared resource, its label, and where the sentence names it. */
    record Step(Resource resource, String label, int start, int end) {}

    private static final String SPECIES = "(\\*?[A-Z][A-Za-z0-9]*[−-]?)";
    private static final Pattern ARROW = Pattern.compile(SPECIES + "\\s*→\\s*" + SPECIES);
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(?:reduction|conversion|deoxygenation|hydrogenation)\\s+of\\s+(nitrate|nitrite|\\*[A-Z][A-Za-z0-9]*)\\s+to\\s+(nitrite|ammonia|\\*[A-Z][A-Za-z0-9]*)");
    /** "adsorbs … (*NO3) and is reduced to *NO2": a step written as a reduction of one adsorbate to another. */
    private static final Pattern REDUCED = Pattern.compile("(\\*[A-Z][A-Za-z0-9]*)\\)?[^.;()]{0,40}?\\b(?:is |are )?(?:then |further |subsequently )?(?:reduced|converted|hydrogenated|deoxygenated)\\s+(?:in)?to\\s+(\\*[A-Z][A-Za-z0-9]*)");

    /** "the dissociation of water into *H": the Volmer step that supplies hydrogen, written in words. */
    private static final Pattern WATER = Pattern.compile("(?i)\\b(?:dissociation|splitting)\\s+of\\s+(?:water|H2O)(?:\\s+(?:molecules\\s+)?(?:in)?to\\s+(?-i:\\*H)(?![A-Za-z0-9]))?");

    private final Context ctx;

    StepFinder(Context ctx) {
        this.ctx = ctx;
    }

    List<Step> steps(String text) {
        List<Step> steps = new ArrayList<>();
        Matcher a = ARROW.matcher(text);
        while (a.find()) add(steps, a.group(1), a.group(2), a.start(), a.end());
        Matcher r = REDUCED.matcher(text);
        while (r.find()) {
            int at = r.start();
            if (steps.stream().noneMatch(x -> x.start() <= at && at < x.end())) add(steps, r.group(1), r.group(2), r.start(), r.end());
        }
        Matcher w = WORDS.matcher(text);
        while (w.find()) add(steps, adsorbed(w.group(1)), adsorbed(w.group(2)), w.start(), w.end());
        Matcher water = WATER.matcher(text);
        while (water.find()) add(steps, "H2O", "*H", water.start(), water.end());
        steps.sort(java.util.Comparator.comparingInt(Step::start));
        return steps;
    }

    private void add(List<Step> steps, String from, String to, int start, int end) {
        Resource a = ctx.lexicon.species(from);
        Resource b = ctx.lexicon.species(to);
        if (a == null || b == null) return;
        String label = NameKey.of(from) + " → " + NameKey.of(to);
        steps.add(new Step(ctx.writer.step(label, a, b), label, start, end));
    }

    /** Nitrate reduced "to nitrite" names the surface step *NO3 → *NO2. */
    private static String adsorbed(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "nitrate" -> "*NO3";
            case "nitrite" -> "*NO2";
            case "ammonia" -> "*NH3";
            default -> word;
        };
    }
}
