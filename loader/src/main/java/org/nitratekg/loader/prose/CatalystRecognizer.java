package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells catalyst names in a sentence from everything else that looks like a formula. A table catalyst is found by
 * its printed name, or by its formula without the trailing shape descriptor ("ZnCo2O4-x" for "ZnCo2O4-x NWs").
 * Another formula counts as a catalyst when it names a catalytic metal and has a composition, support or facet
 * ("WO3", "Co-N4/G", "Cu2O{100} cubes"); it does not when it is a bond or scattering path ("a Ni–N path at
 * 1.98 Å", "CN(Pt–Pt) = 0.9", "Cu–Cu 2.52 Å"), a bare site motif ("a Co–N4 centre"), a facet ("Cu(100)"), an ion
 * ("Ce3+", "W5+") or an electrolyte salt ("KNO3", "H2SO4").
 */
final class CatalystRecognizer {
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "\\s+(?:NCs|NWs|NRs|NSs|NPs|NTs|NFs|NAs|NBs|SAA|SAAs|SAC|SACs|DAC|DACs|DSAC|DSACs|HEA|HEAs|nanocubes|nanowires|nanorods|nanosheets|nanoparticles)$");
    /** The capital comes before the lookbehind that checks the character ahead of it, which then runs only at capitals. */
    private static final Pattern TOKEN = Pattern.compile("[A-Z](?<![\\p{L}\\p{N}*·/{}-][A-Z])[\\p{L}\\p{N}{}()/@·-]*");
    private static final Pattern CATALYTIC_METAL = Pattern.compile("(?:Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb"
            + "|La|Ce|Pr|Nd|Sm|Eu|Gd|Hf|Ta|Re|Os|Ir|Pt|Au|Pb|Bi|W|V|Y|Al)(?![a-z])");
    /** Bonds and paths, alone or side by side: "Cu–Cu", "Cu–O–Cu", "Cu–N/Ce–O". */
    private static final Pattern BOND = Pattern.compile("[A-Z][a-z]?(?:-[A-Z][a-z]?)+(?:/[A-Z][a-z]?(?:-[A-Z][a-z]?)+)*");
    private static final Pattern FACET = Pattern.compile(".*\\(\\d{3}\\)");
    private static final Pattern PATH_AFTER = Pattern.compile("^\\s*(?:paths?|scattering|distances?|bonds?|bond lengths?|contributions?|"
            + "coordination|neighbou?rs?|shells?|interactions?|edges?|K-edge|L-edge|features?|bands?|signals?|peaks?|\\d)");
    /** Words after a bare formula that make it a site or a path, not a catalyst; a name with a support ("Co–N4/OMC sites") stays one. */
    private static final Pattern SITE_AFTER = Pattern.compile("^\\s*(?:hollows?|sites?|atoms?|centres?|centers?|bridges?|pockets?|nodes?|moieties)\\b");
    /** "Ce-doped Co3O4", "Cr-doped Co(OH)2": the dopant belongs to the name. */
    private static final Pattern DOPED = Pattern.compile("\\b[A-Z][a-z]?(?:,\\s?[A-Z][a-z]?)?-doped\\s+[A-Z][\\p{L}\\p{N}()-]*[\\p{L}\\p{N})]");
    /** An alloy written without numbers ("CuPd", "PtRu") is a catalyst when a catalyst noun follows: "CuPd intermetallic nanocubes". */
    private static final Pattern ALLOY = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:[A-Z][a-z]?){2,4}(?=\\s+(?:[a-z-]+\\s+)?(?:nanocubes|nanosheets|nanowires|nanoparticles|nanocrystals|alloys?|catalysts?|electrocatalysts?|clusters|aerogels?)\\b)");
    private static final Pattern DESCRIBED = Pattern.compile("(?<![\\p{L}\\p{N}/@-])((?:[A-Z][a-z]?\\d*(?:\\([A-Z][A-Za-z]*\\)\\d*)?)(?:-?[A-Z][a-z]?\\d*(?:\\([A-Z][A-Za-z]*\\)\\d*)?){0,3}(?:-x)?)\\s+"
            + "(?:NPs|NWs|NSs|NCs|NRs|NTs|NFs|NOs|NDs|NPls|NBs|NSAs|NWAs|NRAs|DACs?|DSACs?)(?:/[A-Za-z0-9-]+)?(?![\\p{L}\\p{N}])");
    /** Two metals written as a dual-atom catalyst that no table lists: "Fe–Ag DAC/NC", "Fe–Ag DSACs". */
    private static final Pattern PROSE_PAIR = Pattern.compile("(?<![\\p{L}\\p{N}/@-])([A-Z][a-z]?-[A-Z][a-z]?)\\s+(?:DACs?|DSACs?)(?:/[A-Z][A-Za-z0-9-]*)?(?![\\p{L}\\p{N}])");
    /** A plain metal in a named shape is a catalyst: "pure Ag nanowires" is "Ag NWs", written as tables abbreviate shapes. */
    private static final Pattern ELEMENT_SHAPE = Pattern.compile("(?<![\\p{L}\\p{N}/@-])((?:[A-Z][a-z]?\\d*){1,3}(?:-x)?)\\s+(nanowires|nanoparticles|nanosheets|nanorods|nanocubes|nanotubes|nanoframes|nanooctahedra|nanodendrites|nanoplates|nanobelts|nanoflowers|foil)\\b");
    private static final java.util.Map<String, String> SHAPES = java.util.Map.ofEntries(
            java.util.Map.entry("nanowires", "NWs"),
            java.util.Map.entry("nanoparticles", "NPs"),
            java.util.Map.entry("nanosheets", "NSs"),
            java.util.Map.entry("nanorods", "NRs"),
            java.util.Map.entry("nanocubes", "NCs"),
            java.util.Map.entry("nanotubes", "NTs"),
            java.util.Map.entry("nanoframes", "NFs"),
            java.util.Map.entry("nanooctahedra", "NOs"),
            java.util.Map.entry("nanodendrites", "NDs"),
            java.util.Map.entry("nanoplates", "NPls"),
            java.util.Map.entry("nanobelts", "NBs"),
            java.util.Map.entry("nanoflowers", "NFs"),
            java.util.Map.entry("foil", "foil"));
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][a-z]?");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("(?:[A-Z][a-z]?)+(?![a-z])");
    /** "vs. Ag/AgCl": a reference electrode. */
    private static final Pattern VERSUS = Pattern.compile("(?i)\\b(?:vs\\.?|versus|against|relative to)\\s*\\(?$");
    private static final Pattern SHAPE_AFTER = Pattern.compile("^\\s+(cubes|nanocubes|crystals|octahedra|nanosheets|nanowires|nanorods|nanoparticles|"
            + "NSs|NWs|NRs|NPs|NCs|NTs|NFs|NOs|NDs|NPls|NBs)(?![\\p{L}\\p{N}])");

    /** Table names by the key of their spelling, longest first so "Zr-N4-OH/C" wins over "Zr-N4". */
    private final Map<String, String> full = new LinkedHashMap<>();
    private final Map<String, String> cores = new LinkedHashMap<>();
    /** Table names whose formula is a pair of metals ("Pt-Os DSAC"): found by the pair only when a catalyst noun follows. */
    private final Map<Pattern, String> pairs = new LinkedHashMap<>();
    /** The parts of the table names that are no catalysts of their own ("Co3C" of "Co1–Co3C/NC"): worked out once per review. */
    private final java.util.Set<String> components = new java.util.HashSet<>();

    CatalystRecognizer(Collection<String> tableNames) {
        List<String> names = new ArrayList<>(tableNames);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            String plain = PlainText.of(name);
            full.putIfAbsent(NameKey.of(plain), name);
            Matcher d = DESCRIPTOR.matcher(plain);
            String core = d.find() ? plain.substring(0, d.start()) : plain;
            while ((d = DESCRIPTOR.matcher(core)).find()) core = core.substring(0, d.start());
            if (!core.equals(plain) && specific(core)) cores.putIfAbsent(NameKey.of(core), name);
            else if (!core.equals(plain) && BOND.matcher(NameKey.of(core)).matches()) {
                pairs.putIfAbsent(Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(NameKey.of(core))
                        + "(?=\\s+(?:dual-atom\\s+|diatomic\\s+|dual-site\\s+)?(?:catalysts?|DACs?|DSACs?|pairs?|electrocatalysts?)\\b)"), name);
            }
        }
        for (String k : full.keySet()) {
            String[] parts = k.split("/|-(?=[A-Z])|\\s+");
            components.addAll(List.of(parts).subList(Math.min(1, parts.length), parts.length));
            // "Ni6" and "CuFe-LDH" of "Ni6@CuFe-LDH": either side of '@'
            if (k.contains("@")) components.addAll(List.of(k.split("@")));
        }
    }

    List<CatalystMention> find(String sentence) {
        String key = NameKey.of(sentence);
        List<CatalystMention> found = new ArrayList<>();
        for (Map<String, String> names : List.of(full, cores)) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                int from = 0;
                int at;
                while ((at = key.indexOf(e.getKey(), from)) >= 0) {
                    int end = at + e.getKey().length();
                    if (bounded(key, at, end)) add(found, new CatalystMention(e.getValue(), at, end, true));
                    from = at + 1;
                }
            }
        }
        // Each pattern below needs a word that most sentences lack; it is looked up first, so that a sentence without
        // it is not scanned from every position by a pattern that cannot match there.
        boolean dualAtom = key.contains("DAC") || key.contains("DSAC");
        boolean pairNoun = dualAtom || key.contains("catalyst") || key.contains("pair");
        for (Map.Entry<Pattern, String> e : pairs.entrySet()) {
            Matcher pair = e.getKey().matcher(pairNoun ? key : "");
            while (pair.find()) add(found, new CatalystMention(e.getValue(), pair.start(), pair.end(), true));
        }
        Matcher pairCatalyst = PROSE_PAIR.matcher(dualAtom ? key : "");
        while (pairCatalyst.find()) {
            if (symbols(pairCatalyst.group(1)).stream().allMatch(x -> CATALYTIC_METAL.matcher(x).matches())) {
                add(found, new CatalystMention(pairCatalyst.group(), pairCatalyst.start(), pairCatalyst.end(), false));
            }
        }
        Matcher doped = DOPED.matcher(key.contains("-doped") ? key : "");
        while (doped.find()) {
            if (!doped.group().matches(".*-(?:based|like|rich|type|derived)")) add(found, new CatalystMention(doped.group(), doped.start(), doped.end(), false));
        }
        boolean nano = key.contains("nano");
        Matcher alloy = ALLOY.matcher(nano || key.contains("alloy") || key.contains("catalyst") || key.contains("clusters")
                || key.contains("aerogel") ? key : "");
        while (alloy.find()) {
            if (Elements.metalsIn(alloy.group()).size() >= 2 && alloy.group().equals(String.join("", symbols(alloy.group())))) {
                add(found, new CatalystMention(alloy.group(), alloy.start(), alloy.end(), false));
            }
        }
        // "NiO NSs", "Pd NPs/NG": a formula written with a shape descriptor is a catalyst even without a number
        Matcher described = DESCRIBED.matcher(dualAtom || shapeAbbreviation(key) ? key : "");
        while (described.find()) {
            if (CATALYTIC_METAL.matcher(described.group(1)).find()
                    && LEADING_SYMBOLS.matcher(described.group(1).replaceAll("[\\d()]|-x$", "")).matches() && !described.group(1).matches(".*[a-z]{3}.*")) {
                add(found, new CatalystMention(described.group(), described.start(), described.end(), false));
            }
        }
        Matcher shaped = ELEMENT_SHAPE.matcher(nano || key.contains("foil") ? key : "");
        while (shaped.find()) {
            if (CATALYTIC_METAL.matcher(shaped.group(1)).find() && LEADING_SYMBOLS.matcher(shaped.group(1)).lookingAt()) {
                add(found, new CatalystMention(shaped.group(1) + " " + SHAPES.get(shaped.group(2).toLowerCase(java.util.Locale.ROOT)), shaped.start(), shaped.end(), false));
            }
        }
        Matcher t = TOKEN.matcher(key);
        while (t.find()) {
            String token = trimmed(t.group());
            int start = t.start();
            int end = start + token.length();
            if (!bounded(key, start, end) || !proseCatalyst(sentence, token, end)) continue;
            if (componentOfTableName(NameKey.of(token))) continue;
            CatalystMention table = tableByPrefix(NameKey.of(token));
            if (table != null) {
                add(found, new CatalystMention(table.name(), start, end, true));
                continue;
            }
            Matcher shape = SHAPE_AFTER.matcher(sentence.substring(end));
            String name = shape.find() && token.contains("{") ? token + " " + shape.group(1) : token;
            add(found, new CatalystMention(NameKey.of(name), start, start + name.length(), false));
        }
        found.sort(Comparator.comparingInt(CatalystMention::start));
        defined(key, found);
        // "a Ni6@CuFe-LDH catalyst … between Ni6 clusters and the CuFe-LDH support": parts of a name met in the same sentence
        List<CatalystMention> parts = found.stream().filter(m -> !m.inTable() && found.stream()
                .anyMatch(o -> o != m && o.name().length() > m.name().length() && partsOf(o.name()).contains(m.name()))).toList();
        found.removeAll(parts);
        return found;
    }

    /** "Co3C" of "Co1–Co3C/NC", "TiO2-x" of "Au/TiO2-x NSs": a part of a table catalyst, not a catalyst of its own. */
    private boolean componentOfTableName(String token) {
        return components.contains(token);
    }

    /** Whether a shape abbreviation of DESCRIBED ("NPs", "NWs", "NPls", "NSAs") may follow a space: 'N' and a capital. */
    private static boolean shapeAbbreviation(String key) {
        for (int i = key.indexOf('N'); i >= 0; i = key.indexOf('N', i + 1)) {
            if (i > 0 && Character.isWhitespace(key.charAt(i - 1)) && i + 1 < key.length() && Character.isUpperCase(key.charAt(i + 1))) return true;
        }
        return false;
    }

    /** "Os4" of "tetrahedral Os4 anchored to N" is the table's "Os4/NC": a formula the table name starts with, up to its support. */
    private CatalystMention tableByPrefix(String token) {
        for (Map.Entry<String, String> e : full.entrySet()) {
            String k = e.getKey();
            char next = k.length() > token.length() ? k.charAt(token.length()) : 'x';
            boolean partBoundary = next == '/' || next == ' ' || next == '@'
                    || (next == '-' && k.length() > token.length() + 1 && Character.isUpperCase(k.charAt(token.length() + 1)));
            if (k.length() > token.length() && k.startsWith(token) && partBoundary
                    && token.chars().anyMatch(Character::isDigit)) {
                return new CatalystMention(e.getValue(), 0, 0, true);
            }
        }
        return null;
    }

    /**
     * Whether the text, without a trailing "(" and white space, ends with a word of {@link #VERSUS} in any case: the
     * pattern can only match then, and most tokens have no such word before them.
     */
    static boolean endsWithVersusWord(String before) {
        int end = before.length();
        if (end > 0 && before.charAt(end - 1) == '(') end--;
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) end--;
        String rest = before.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return rest.endsWith("vs") || rest.endsWith("vs.") || rest.endsWith("versus") || rest.endsWith("against")
                || rest.endsWith("relative to");
    }

    private static boolean proseCatalyst(String sentence, String token, int end) {
        int start = end - token.length();
        String before = sentence.substring(Math.max(0, start - 12), start);
        if (endsWithVersusWord(before) && VERSUS.matcher(before).find()) return false;
        if (token.length() < 2 || !CATALYTIC_METAL.matcher(token).find()) return false;
        // the letters a name starts with are element symbols: not "Its57Fe" or "Figure5"
        if (!LEADING_SYMBOLS.matcher(token).lookingAt()) return false;
        if (!composed(token)) return false;
        if (BOND.matcher(NameKey.of(token)).matches() || FACET.matcher(token).matches()) return false;
        if (!token.contains("/") && MotifFinder.find(token).stream().anyMatch(f -> f.start() == 0 && f.end() == token.length())) return false;
        if (end < sentence.length() && "+−⁺-".indexOf(sentence.charAt(end)) >= 0) return false;
        if (token.matches(".*\\d[+−]$")) return false;
        if (!token.contains("/") && SITE_AFTER.matcher(sentence.substring(end)).find()) return false;
        return !PATH_AFTER.matcher(sentence.substring(end)).find();
    }

    /** A composition, support, facet, non-stoichiometry or framework descriptor: "Co3O4", "Pt1/CeO2", "CoOx", "CuFe-LDH". */
    private static boolean composed(String token) {
        return token.matches(".*[\\d/{@].*") || token.matches(".*[A-Z][a-z]?[xδ](?![a-z]).*") || token.matches(".*-[A-Z]{2,}.*");
    }

    /** A name specific enough to stand for its catalyst: a composition, support or facet, not a bare element pair. */
    private static boolean specific(String core) {
        return core.matches(".*[\\d/{].*") || core.chars().filter(Character::isUpperCase).count() >= 3;
    }

    private static boolean bounded(String key, int start, int end) {
        boolean before = start == 0 || !(Character.isLetterOrDigit(key.charAt(start - 1)) || "-/{*".indexOf(key.charAt(start - 1)) >= 0);
        boolean after = end >= key.length() || !(Character.isLetterOrDigit(key.charAt(end)) || "/{}".indexOf(key.charAt(end)) >= 0
                || (key.charAt(end) == '-' && end + 1 < key.length() && Character.isLetterOrDigit(key.charAt(end + 1))));
        return before && after;
    }

    /** "3.5 nm Pd nanoparticles on the same support (Pd NPs/NG)": a description takes the name defined right after it. */
    private static void defined(String key, List<CatalystMention> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            CatalystMention described = found.get(i);
            CatalystMention name = found.get(i + 1);
            String between = key.substring(described.end(), name.start());
            if (between.length() <= 50 && between.endsWith("(") && !between.matches(".*[;:.)\\[].*") && !described.inTable()) {
                // one mention from the description to the closing bracket of the name it defines
                int close = key.indexOf(')', name.end());
                int end = close >= 0 && close == name.end() ? close + 1 : name.end();
                found.set(i, new CatalystMention(name.name(), described.start(), end, name.inTable()));
                found.remove(i + 1);
            }
        }
    }

    private static List<String> partsOf(String name) {
        List<String> parts = new ArrayList<>(List.of(name.split("@")));
        parts.addAll(List.of(name.split("@|/|-(?=[A-Z])|\\s+")));
        return parts;
    }

    /** The element symbols a run of capitals and lower-case letters splits into, if every piece is a metal. */
    private static List<String> symbols(String run) {
        List<String> parts = new ArrayList<>();
        Matcher m = SYMBOL.matcher(run);
        while (m.find()) {
            if (!Elements.isMetal(m.group())) return List.of();
            parts.add(m.group());
        }
        return parts;
    }

    private static String trimmed(String token) {
        String t = token;
        while (!t.isEmpty() && ".,;:-".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        while (t.endsWith(")") && count(t, '(') < count(t, ')')) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void add(List<CatalystMention> found, CatalystMention m) {
        if (found.stream().noneMatch(o -> m.start() < o.end() && o.start() < m.end())) found.add(m);
    }
}
