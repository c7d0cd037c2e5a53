package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds catalyst names in a sentence: names already known from the review's tables, and names whose shape marks
 * them as catalysts: supported single atoms (Pt1/CeO2, Ir1–NiO), clusters (Pd3, Co5@TiN), SAC/DAC/DSAC/SAA
 * names, "X-doped Y", and a formula-like word directly before "catalyst", "electrocatalyst" or "composite".
 */
final class CatalystFinder {
    private static final String M = Elements.METAL;
    private static final String TOKEN = "[\\p{L}\\p{N}][\\p{L}\\p{N}@/&+–\\-.()]*[\\p{L}\\p{N})]";
    static final Pattern SINGLE_ATOM = Pattern.compile("(?<![\\p{L}\\d])" + M + "1(?=[/@–\\-])");
    static final Pattern CLUSTER = Pattern.compile("(?<![\\p{L}\\d])" + M + "(\\d{1,2})(?=[@/ (–\\-]|$)");
    static final Pattern CLASS_ABBREVIATION = Pattern.compile("(?<![A-Z])(ISAA|DSACs?|SACs?|DACs?|SAA|SAs?)(?![a-z])");
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}@/–\\-])" + TOKEN);
    private static final Pattern DOPED = Pattern.compile("\\b(" + M + "(?:,\\s?" + M + ")?-doped\\s+" + M + "[\\p{L}\\p{N}\\-()]*[\\p{L}\\p{N})])");
    private static final Pattern BEFORE_CATALYST = Pattern.compile("^\\s+(?:[a-z]+\\s+)?(?:electro)?(?:catalysts?|composites?|nanosheets?|nanocubes|nanowires|nanotube arrays|clusters)\\b");
    private static final Pattern NOT_A_MATERIAL_AFTER = Pattern.compile("\\s+(?:bonds?|bond lengths?|interfaces?|distances?|coupling|species|sites?)\\b");
    private static final Pattern TWO_LETTER_METAL = Pattern.compile("(?:Li|Na|Mg|Al|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|Sr|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Ba|La|Ce|Pr|Nd|Sm|Eu|Gd|Tb|Dy|Er|Yb|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Pb|Bi)(?![a-z])");
    private static final Pattern ONE_LETTER_METAL_IN_FORMULA = Pattern.compile("(?<![A-Za-z])[VWY](?:\\d|O\\d?|S\\d|N\\d)");
    private static final Pattern HAS_METAL = Pattern.compile("(?<![a-z])" + M + "(?![a-z])");

    private CatalystFinder() {}

    record Found(String name, int start, int end) {}

    static List<Found> find(String sentence, Collection<String> knownNames) {
        List<Found> found = new ArrayList<>();
        List<String> names = new ArrayList<>(knownNames);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}@/–\\-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}@/–\\-])").matcher(sentence);
            while (m.find()) add(found, new Found(name, m.start(), m.end()));
        }
        Matcher d = DOPED.matcher(sentence);
        while (d.find()) add(found, new Found(d.group(1), d.start(1), d.end(1)));
        Matcher c = CANDIDATE.matcher(sentence);
        while (c.find()) {
            String token = trim(c.group());
            int end = c.start() + token.length();
            if (token.length() < 2 || !HAS_METAL.matcher(token).find() || Character.isLowerCase(token.charAt(0))) continue;
            // a lone one-letter metal symbol (V, W, Y) counts only in a formula ("V2O5", "WO3"), not in "ABC-VCH"
            if (!TWO_LETTER_METAL.matcher(token).find() && !ONE_LETTER_METAL_IN_FORMULA.matcher(token).find()) continue;
            boolean shaped = SINGLE_ATOM.matcher(token).lookingAt() || clusterAtStart(token)
                    || (CLASS_ABBREVIATION.matcher(token).find() && token.length() > 3);
            if (end < sentence.length() && "+−⁺".indexOf(sentence.charAt(end)) >= 0) continue;
            if (NOT_A_MATERIAL_AFTER.matcher(sentence.substring(end)).lookingAt()) continue;
            if (token.matches("(?i).*[-–](based|rich|derived|doped|like|bearing|supported|type|free|containing|coordinated|modified|rich|poor|enriched)$")) continue;
            boolean beforeCatalyst = BEFORE_CATALYST.matcher(sentence.substring(end)).find() && formulaLike(token);
            boolean compound = formulaLike(token) && token.matches(".*[A-Za-z0-9][/@–-][A-Za-z0-9].*")
                    && token.chars().filter(Character::isUpperCase).count() >= 2;
            boolean defined = c.start() > 0 && sentence.charAt(c.start() - 1) == '(' && end < sentence.length()
                    && sentence.charAt(end) == ')' && formulaLike(token);
            if (!shaped && !defined && definedSoonAfter(sentence, end)) continue;
            if ((shaped || beforeCatalyst || compound || defined) && MotifFinder.find(token).stream().noneMatch(f -> f.motif().printed().equals(token))) {
                add(found, new Found(token, c.start(), end));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The catalyst a sentence is about: a name known from the tables, else one defined in parentheses, else the first. */
    static Found main(List<Found> found, Collection<String> knownNames, String sentence) {
        for (Found f : found) if (knownNames.contains(f.name())) return f;
        for (Found f : found) {
            if (f.start() > 0 && sentence.charAt(f.start() - 1) == '(') return f;
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** A descriptive name ("a Ni–Co diatomic catalyst … (Ni/Co-NG)") defers to the name defined in parentheses after it. */
    private static boolean definedSoonAfter(String sentence, int end) {
        Matcher m = DEFINED_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 90)));
        return m.find() && formulaLike(m.group(1));
    }

    private static final Pattern DEFINED_AFTER = Pattern.compile("^[^()\\[\\].;]*?\\bcatalysts?\\b[^()\\[\\].;]*\\(([^()\\s]+)\\)");

    static boolean clusterAtStart(String token) {
        Matcher m = CLUSTER.matcher(token);
        return m.lookingAt() && Integer.parseInt(m.group(1)) >= 2;
    }

    private static boolean formulaLike(String token) {
        return token.chars().filter(Character::isUpperCase).count() >= 2 || token.matches(".*\\d.*");
    }

    private static String trim(String token) {
        String t = token;
        while (t.endsWith(")") && count(t, '(') < count(t, ')')) t = t.substring(0, t.length() - 1);
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void add(List<Found> found, Found f) {
        if (found.stream().noneMatch(o -> f.start() < o.end() && o.start() < f.end())) found.add(f);
    }
}
