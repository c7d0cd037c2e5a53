package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds site motifs in a sentence by the shape of their names: M–Nx and mixed shells (Ni–N3, Co-N4, Zn–N2O2, NiN3,
 * CoN3SO), two-centre motifs (IrN2–NiN3, N2Co–ZnN2, IrN2NiN3) and facets (Pt(110), Ag2O(111)). A motif said to be
 * "asymmetric", or qualified by a C–X bond or an axial ligand in the same clause, becomes its own variant.
 */
final class MotifFinder {
    private static final String M = Elements.METAL;
    private static final String SHELL = "N(?:\\d+|x)(?:(?:Cl|[OSPCB])\\d*)*";
    private static final String UNIT = "(?:N\\d+)?" + M + "(?:" + SHELL + ")?";
    /**
     * Every motif and facet starts with a capital (a metal symbol, or the N of a shell before it): this lookahead
     * comes first so that the lookbehind of each pattern only runs at capitals.
     */
    private static final String CAPITAL = "(?=[A-Z])";
    /** Two centres sharing a bridging atom: N3Cu–O–MnN3. */
    private static final Pattern BRIDGED = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])(" + UNIT + ")[–-](O|S|Cl|N)[–-](" + UNIT + ")(?![a-z\\d])");
    private static final Pattern DUAL = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])(" + UNIT + ")[–-]?(" + UNIT + ")(?![a-z\\d])");
    private static final Pattern DASHED = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])(" + M + ")[–-](" + SHELL + ")(?![a-z\\d])");
    private static final Pattern PLAIN = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])(" + M + ")(" + SHELL + ")(?![a-z\\d])");
    /**
     * The formula before a facet repeats possessively: a greedy group loop backtracks by recursion, one stack frame
     * per repeat, and overflows the stack on a formula word a few thousand characters long. Nothing after the loop
     * ("(") can be taken from it, so never giving characters back changes no match.
     */
    private static final Pattern FACET = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])(" + M + "(?:\\d*[A-Z][a-z]?\\d*)*+)\\((\\d{3})\\)");
    private static final Pattern SHELL_PART = Pattern.compile("(Cl|[NOSPCB])(\\d+|x)?");
    private static final Pattern UNIT_PARTS = Pattern.compile("(N\\d+)?(" + M + ")(" + SHELL + ")?");
    private static final Pattern BOND = Pattern.compile("\\bC[–-](Cl|Br|F|S|O|P|B|I)\\b");
    private static final Pattern AXIAL = Pattern.compile("(?i)\\baxial\\s+(?:[\\w]+-)?(" + Elements.LIGAND_ATOM.replace("(?:", "(?-i:")
            + "|chlorine|fluorine|bromine|sulfur|oxygen|phosphorus|hydroxyl)\\b");

    private MotifFinder() {}

    record Found(Motif motif, int start, int end) {}

    static List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        // every motif but a facet has a shell ("N4", "Nx"); a facet has a bracket: most sentences have neither
        if (SHELL_START.matcher(sentence).find()) centred(sentence, found);
        if (facetBracket(sentence)) {
            Matcher f = FACET.matcher(sentence);
            while (f.find()) {
                found.add(new Found(new Motif(f.group(), List.of(), f.group(2), null, false, false, false), f.start(), f.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static final Pattern SHELL_START = Pattern.compile("N[\\dx]");

    /** Whether a bracketed three-digit index such as "(111)", which every facet ends with, is in the text. */
    private static boolean facetBracket(String s) {
        for (int i = s.indexOf('('); i >= 0 && i + 4 < s.length(); i = s.indexOf('(', i + 1)) {
            if (isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3)) && s.charAt(i + 4) == ')') return true;
        }
        return false;
    }

    /** The digits of the patterns' {@code \d}: ASCII only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Motifs with one or two metal centres and their shells, in the order the patterns are tried. */
    private static void centred(String sentence, List<Found> found) {
        Matcher br = BRIDGED.matcher(sentence);
        while (br.find()) {
            Motif.Centre a = unit(br.group(1));
            Motif.Centre b = unit(br.group(3));
            if (a != null && b != null && !a.shell().isEmpty() && !b.shell().isEmpty()) {
                Motif.Shell bridge = new Motif.Shell(br.group(2), 1);
                found.add(qualified(sentence, br.start(), br.end(), List.of(withBridge(a, bridge), withBridge(b, bridge)), null));
            }
        }
        Matcher d = DUAL.matcher(sentence);
        while (d.find()) {
            Motif.Centre a = unit(d.group(1));
            Motif.Centre b = unit(d.group(2));
            int ds = d.start();
            if (found.stream().anyMatch(f -> ds < f.end() && f.start() < d.end())) continue;
            if (a != null && b != null && !a.shell().isEmpty() && !b.shell().isEmpty()) {
                found.add(qualified(sentence, d.start(), d.end(), List.of(a, b), null));
            }
        }
        for (Pattern p : List.of(DASHED, PLAIN)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                int s = m.start();
                if (found.stream().anyMatch(f -> s < f.end() && f.start() < m.end())) continue;
                found.add(qualified(sentence, s, m.end(), List.of(new Motif.Centre(m.group(1), shell(m.group(2)))), null));
            }
        }
    }

    private static Found qualified(String sentence, int start, int end, List<Motif.Centre> centres, String facet) {
        String printed = sentence.substring(start, end);
        String before = sentence.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        boolean plainNamed = before.matches("(?s).*\\b(conventional|pristine|pure|symmetric|traditional)\\s+$");
        boolean asym = before.matches("(?s).*\\basymmetric(ally)?\\s+(\\S+\\s+)?$");
        String clause = clauseAround(sentence, start, end);
        String ligand = null;
        boolean axial = false;
        boolean inPlane = false;
        if (!plainNamed) {
            Matcher ax = AXIAL.matcher(clause);
            Matcher bond = BOND.matcher(clause);
            if (ax.find()) {
                ligand = symbol(ax.group(1));
                axial = true;
            } else if (bond.find()) {
                ligand = bond.group(1);
                inPlane = clause.matches("(?is).*\\b(in-plane|planar)\\b.*");
            }
        }
        return new Found(new Motif(printed, centres, facet, ligand, axial, inPlane, asym && !plainNamed), start, end);
    }

    /** The clause a motif sits in: bounded by semicolons, "while"/"whereas" and sentence ends. */
    private static String clauseAround(String sentence, int start, int end) {
        Pattern boundary = Pattern.compile(";|\\bwhile\\b|\\bwhereas\\b|, and\\b");
        int from = 0;
        int to = sentence.length();
        Matcher b = boundary.matcher(sentence);
        while (b.find()) {
            if (b.end() <= start) from = b.end();
            else if (b.start() >= end && to == sentence.length()) to = b.start();
        }
        return sentence.substring(from, to);
    }

    private static String symbol(String word) {
        return Elements.NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), word);
    }

    private static Motif.Centre withBridge(Motif.Centre c, Motif.Shell bridge) {
        List<Motif.Shell> shell = new ArrayList<>(c.shell());
        shell.add(bridge);
        return new Motif.Centre(c.element(), shell);
    }

    private static Motif.Centre unit(String printed) {
        Matcher m = UNIT_PARTS.matcher(printed);
        if (!m.matches()) return null;
        List<Motif.Shell> shell = new ArrayList<>();
        if (m.group(1) != null) shell.addAll(shell(m.group(1)));
        if (m.group(3) != null) shell.addAll(shell(m.group(3)));
        return new Motif.Centre(m.group(2), shell);
    }

    private static List<Motif.Shell> shell(String printed) {
        List<Motif.Shell> shell = new ArrayList<>();
        Matcher m = SHELL_PART.matcher(printed);
        while (m.find()) {
            String n = m.group(2);
            shell.add(new Motif.Shell(m.group(1), n == null ? Integer.valueOf(1) : n.equals("x") ? null : Integer.valueOf(n)));
        }
        return shell;
    }
}
