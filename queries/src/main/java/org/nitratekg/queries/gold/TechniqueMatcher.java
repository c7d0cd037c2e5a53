package org.nitratekg.queries.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two printed technique names mean the same technique. Reviews decorate a technique with what was done
 * with it ("EXAFS fitting", "DMPO spin-trapping EPR", "15N isotope-labelling NMR", "STEM-EDS mapping") or spell it out
 * ("extended X-ray absorption fine structure"), so exact comparison would miss most agreements.
 * <p>
 * Both names are split on spaces and hyphens. Acronyms are the all-capital tokens of two letters or more, plus "Raman";
 * a spelled-out name of several words also yields its initials as an acronym ("X-ray" giving X or XR, "infrared" IR,
 * and a closing "spectroscopy" optionally dropped, so "Fourier-transform infrared spectroscopy" yields FTIR). When both
 * names have acronyms they match only if the acronyms meet, or if one name's acronyms joined together are an acronym of
 * the other (HAADF-STEM and "high-angle annular dark-field scanning transmission electron microscopy"). This keeps
 * EXAFS, XANES and XAS apart. Otherwise they match when one name's words include all of the other's.
 */
final class TechniqueMatcher {
    /** Words that say how or where a technique was used, not which technique it is. */
    private static final Set<String> NOT_PART_OF_INITIALS = Set.of("of", "and", "the", "in", "situ", "ex", "quasi",
            "operando", "online", "on", "line");
    /** Words for the record a technique produced, not for the technique. */
    private static final Set<String> RECORD_WORDS = Set.of("spectroscopy", "spectrometry", "spectrum", "spectra", "analysis",
            "analyses", "measurement", "measurements", "images", "image", "imaging", "patterns", "pattern");
    private static final Set<String> SPECTRO_WORDS = Set.of("spectroscopy", "spectrometry");

    private TechniqueMatcher() {}

    static boolean sameTechnique(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return tokensA.isEmpty() && tokensB.isEmpty();
        }
        Set<String> acronymsA = acronyms(tokensA);
        Set<String> acronymsB = acronyms(tokensB);
        if (!acronymsA.isEmpty() && !acronymsB.isEmpty()) {
            return !Collections.disjoint(acronymsA, acronymsB)
                    || acronymsB.contains(joinedPrinted(tokensA)) || acronymsA.contains(joinedPrinted(tokensB));
        }
        Set<String> wordsA = words(tokensA);
        Set<String> wordsB = words(tokensB);
        if (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA)) return true;
        // "57Fe Mössbauer" and "Mössbauer spectroscopy": the same words once isotopes and words for the record are set aside
        Set<String> coreA = core(wordsA);
        Set<String> coreB = core(wordsB);
        return !coreA.isEmpty() && !coreB.isEmpty() && (coreA.containsAll(coreB) || coreB.containsAll(coreA));
    }

    private static Set<String> core(Set<String> words) {
        Set<String> core = new LinkedHashSet<>();
        for (String w : words) {
            if (!RECORD_WORDS.contains(w) && !w.matches("\\d+\\p{L}{1,2}")) core.add(w);
        }
        return core;
    }

    private static List<String> tokens(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        s = s.replaceAll("[\u2010-\u2015\u2212]", "-");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[\\s\\-]+")) {
            String cleaned = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!cleaned.isEmpty()) {
                out.add(cleaned);
            }
        }
        return out;
    }

    /** The acronyms a name prints, or, for a name that prints none, those its initials spell. */
    private static Set<String> acronyms(List<String> tokens) {
        Set<String> printed = new LinkedHashSet<>();
        for (String t : tokens) {
            if (isPrintedAcronym(t)) {
                printed.add(t.toUpperCase(Locale.ROOT));
            }
        }
        return printed.isEmpty() ? initials(tokens) : printed;
    }

    private static boolean isPrintedAcronym(String token) {
        if (token.equalsIgnoreCase("raman")) {
            return true;
        }
        long letters = token.chars().filter(Character::isLetter).count();
        return letters >= 2 && token.chars().noneMatch(Character::isLowerCase);
    }

    /** The printed acronyms of a name joined in order (HAADF-STEM gives HAADFSTEM), or "" if it prints fewer than two. */
    private static String joinedPrinted(List<String> tokens) {
        StringBuilder joined = new StringBuilder();
        int count = 0;
        for (String t : tokens) {
            if (isPrintedAcronym(t) && !t.equalsIgnoreCase("raman")) {
                joined.append(t.toUpperCase(Locale.ROOT));
                count++;
            }
        }
        return count >= 2 ? joined.toString() : "";
    }

    /**
     * The acronyms the initials of a spelled-out name can spell. Conventions differ (XAS but XRD; FTIR but XPS), so
     * each ambiguous word contributes both readings; two different techniques still spell different letters.
     */
    private static Set<String> initials(List<String> tokens) {
        List<String> words = new ArrayList<>();
        for (String t : tokens) {
            if (!NOT_PART_OF_INITIALS.contains(t.toLowerCase(Locale.ROOT)) && Character.isLetter(t.charAt(0))) {
                words.add(t.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> spelled = new LinkedHashSet<>();
        if (words.size() < 2) {
            return spelled;
        }
        spelled.add("");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            List<String> options = switch (w) {
                case "ray" -> i > 0 && words.get(i - 1).equals("x") ? List.of("", "R") : List.of("R");
                case "infrared" -> List.of("IR");
                default -> last && SPECTRO_WORDS.contains(w) ? List.of("S", "") : List.of(w.substring(0, 1).toUpperCase(Locale.ROOT));
            };
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : spelled) {
                for (String option : options) {
                    next.add(prefix + option);
                }
            }
            spelled = next;
        }
        // Two-letter readings such as XP (from XPS without its S) are too short to tell techniques apart.
        spelled.removeIf(s -> s.length() < 3);
        return spelled;
    }

    private static Set<String> words(List<String> tokens) {
        Set<String> words = new LinkedHashSet<>();
        tokens.forEach(t -> words.add(t.toLowerCase(Locale.ROOT)));
        return words;
    }
}
