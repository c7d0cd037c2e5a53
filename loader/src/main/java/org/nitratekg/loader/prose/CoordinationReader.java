package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Coordination shells of a catalyst's metal centres, one statement per shell: fitted shells from the prose
 * ("an Ag–O coordination number of 3.6 ± 0.4 at 2.31 Å", "3.0 ± 0.3 N neighbours at 1.93 Å", "Ru–N 1.4 ± 0.3",
 * "Pt–Ag scattering (coordination number 10.6 ± 0.9 at 2.78 Å)", "each Ru atom is four-coordinated by N at
 * 2.03 Å"), and shells given by a site motif, in the catalyst's name (Co–N4/G) or said of it ("contains Ni–N4 and
 * Ru–N4 units", "an N3Cu–O–MnN3 unit"). A fitted number replaces the count of the motif's name for the same shell;
 * a stated path length ("the Ni–N distance of 1.89 Å") completes it. Absent paths ("no Ag–Ag path") and
 * references to other sites ("shorter than in Ni–N4 references") are not shells.
 */
final class CoordinationReader implements ClaimReader {
    private static final String EL = "([A-Z][a-z]?)";
    /** Put before a pattern that starts with {@link #EL}: its lookbehind or word boundary then only runs at capitals. */
    private static final String CAPITAL = "(?=[A-Z])";
    private static final String PAIR = EL + "[-–]" + EL;
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String PM = "(?:\\s*±\\s*" + NUM + ")?";
    private static final String AT = "(?:\\s+at\\s+" + NUM + "\\s*Å)?";
    private static final Pattern CN_OF_PAIR = Pattern.compile(PAIR + "\\s+(?:(?:path|shell|scattering|contribution)(?:\\s+only)?,?\\s+)?(?:with\\s+an?\\s+|of\\s+)?(?:coordination number|CN|contribution)\\s+"
            + "(?:of\\s+|is\\s+|was\\s+|staying at\\s+|stays at\\s+|remains at\\s+|=\\s*)?" + NUM + PM + AT);
    /** "square-planar CuO4 nodes", "MnO6 octahedra": an oxygen shell written into the name of a framework node or polyhedron. */
    private static final Pattern OXO_NODE = Pattern.compile(CAPITAL + "(?<![\\p{L}\\d])" + EL + "(O|S)(\\d)\\s+(?:nodes?|units?|centres?|centers?|octahedra|tetrahedra|polyhedra)\\b");
    /** "keeping Fe in the N4 pocket of the macrocycle": a site whose shell the text gives as a count. */
    private static final Pattern IN_POCKET = Pattern.compile(CAPITAL + "\\b" + EL + "\\s+(?:atoms?\\s+)?(?:in|within|inside)\\s+(?:an?|the|its)\\s+(?:square-planar\\s+)?N(\\d)\\s+(?:pocket|cavity|site|core|environment|coordination)");
    /** "Pd–Cu scattering alone, 11.1 ± 0.8 neighbours at 2.58 Å". */
    private static final Pattern PAIR_NEIGHBOURS = Pattern.compile(PAIR + "\\s+(?:scattering|path|shell)(?:\\s+alone|\\s+only)?,?\\s+(?:(?:is|was)\\s+fitted\\s+)?(?:with\\s+)?" + NUM
            + "\\s*±\\s*" + NUM + "\\s+(?:neighbou?rs?|atoms?)" + AT);
    private static final Pattern PAIR_VALUE = Pattern.compile(PAIR + "\\s+" + NUM + "\\s*±\\s*" + NUM + AT);
    private static final Pattern PAIR_SCATTERING = Pattern.compile(PAIR + "\\s+(?:scattering|shell|path)(?:\\s+only)?\\s*\\((?:coordination number\\s+|CN\\s*=?\\s*)?" + NUM + PM
            + "(?:\\s+at\\s+|,\\s*)?(?:" + NUM + "\\s*Å)?\\)");
    /** "3.0 ± 0.3 N neighbours at 1.93 Å", "2.9 ± 0.3 N (1.91 Å)", "9.8 ± 1.0 Ag atoms at 2.80 Å": a fitted number needs its ±. */
    private static final Pattern NEIGHBOURS = Pattern.compile(NUM + "\\s*±\\s*" + NUM + "\\s+(?:(?:in-plane|axial|equatorial|apical|bridging)\\s+)?" + EL + "(?![\\p{L}\\d–-])(?:\\s+(?:neighbou?rs?|atoms?))?"
            + "(?:\\s+at\\s+" + NUM + "\\s*Å|\\s*\\(" + NUM + "\\s*Å\\))?");
    /** "Zn–N is fitted with 2.9 ± 0.4 at 2.03 Å". */
    private static final Pattern PAIR_FITTED = Pattern.compile(PAIR + "\\s+(?:is|was)\\s+fitted\\s+with\\s+(?:a\\s+coordination number of\\s+)?" + NUM + "\\s*±\\s*" + NUM + AT);
    /** "two shells: N with a coordination number of 3.1 ± 0.3 at 1.96 Å and P with 0.9 ± 0.2 at 2.27 Å". */
    private static final Pattern ELEMENT_WITH = Pattern.compile("(?<![\\p{L}\\d–-])" + EL + "\\s+with\\s+(?:a\\s+coordination number of\\s+)?" + NUM + "\\s*±\\s*" + NUM + AT);
    /** Where the central atom of a fitted shell is named: "At the Co K-edge …", "Each Ir in …", "the Ni atom sits …". */
    private static final Pattern CENTRAL = Pattern.compile("\\b" + EL + "\\s+(?:K-edge|L3-edge|L-edge)|\\b(?:[Ee]ach|[Ee]very)\\s+" + EL + "\\b|\\bthe\\s+" + EL + "\\s+(?:atoms?|centres?|centers?|ions?)\\b");
    private static final Pattern RESPECTIVELY = Pattern.compile(PAIR + "\\s+and\\s+" + PAIR + "\\s+paths?\\b[^.;]*?\\bcoordination numbers?\\s+of\\s+" + NUM + PM + "\\s+and\\s+" + NUM + PM + ",?\\s+respectively");
    private static final Pattern COORDINATED_BY = Pattern.compile("\\b" + EL + "\\s+(?:atom|centre|center|ion)s?\\s+(?:is|are)\\s+(one|two|three|four|five|six)-coordinated\\s+by\\s+" + EL + AT);
    /** "places each Co at the centre of the four pyrrolic N atoms": a metal and the atoms around it, counted in words. */
    private static final Pattern AT_CENTRE = Pattern.compile("\\b" + EL + "\\s+(?:atoms?\\s+|ions?\\s+)?(?:at|in)\\s+the\\s+cent(?:re|er)\\s+of\\s+(?:the\\s+|its\\s+)?(two|three|four|five|six)\\s+(?:[a-z-]+\\s+)?" + EL + "\\s+atoms\\b");
    private static final Pattern DISTANCE = Pattern.compile("\\b" + PAIR + "\\s+(?:distance|bond length|path)\\s+(?:of\\s+)?(?:is\\s+)?" + NUM + "\\s*Å|\\(" + PAIR + "\\s+" + NUM + "\\s*Å\\)");
    private static final Pattern ABSENT = Pattern.compile("(?i)\\b(?:no|without|absence of|not)\\s+(?:an?\\s+|any\\s+)?$");
    private static final Pattern NOT_THIS_SITE = Pattern.compile("^\\s*(?:references?|family|families|analogues?|counterparts?|-based|type)\\b");

    private final Context ctx;
    /** Shells by catalyst, then by "central|neighbour", in the order they were read. */
    private final Map<String, Map<String, Shell>> shells = new LinkedHashMap<>();

    CoordinationReader(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void read(Passage p, Sentence s) {
        if (p.caption) return;
        String text = s.text();
        for (CatalystMention m : p.catalysts(s)) {
            motifShells(p, s, m.name(), m.name(), m.start(), true);
        }
        // Most patterns below need a sign or word that most sentences lack (a fitted value its '±', a distance its
        // 'Å'): looked up once, a sentence without it is not scanned from every position by patterns that cannot match.
        boolean fitted = text.indexOf('±') >= 0;
        boolean angstrom = text.indexOf('Å') >= 0;
        String none = "";
        Matcher g;
        g = CN_OF_PAIR.matcher(text.contains("CN") || text.contains("coordination number") || text.contains("contribution") ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(2), g.group(3), g.group(4), g.group(5));
        g = PAIR_SCATTERING.matcher(text.indexOf('(') >= 0 ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(2), g.group(3), g.group(4), g.group(5));
        g = PAIR_VALUE.matcher(fitted ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(2), g.group(3), g.group(4), g.group(5));
        g = RESPECTIVELY.matcher(text.contains("respectively") ? text : none);
        while (g.find()) {
            fitted(p, s, g.start(), g.group(1), g.group(2), g.group(5), g.group(6), null);
            fitted(p, s, g.start(), g.group(3), g.group(4), g.group(7), g.group(8), null);
        }
        g = PAIR_FITTED.matcher(fitted ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(2), g.group(3), g.group(4), g.group(5));
        g = ELEMENT_WITH.matcher(fitted ? text : none);
        while (g.find()) {
            String central = centralBefore(p, s, g.start());
            if (central != null && !Elements.isMetal(g.group(1))) fitted(p, s, g.start(), central, g.group(1), g.group(2), g.group(3), g.group(4));
        }
        g = PAIR_NEIGHBOURS.matcher(fitted ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(2), g.group(3), g.group(4), g.group(5));
        g = NEIGHBOURS.matcher(fitted ? text : none);
        while (g.find()) {
            String central = centralBefore(p, s, g.start());
            String distance = g.group(4) != null ? g.group(4) : g.group(5);
            if (central != null) fitted(p, s, g.start(), central, g.group(3), g.group(1), g.group(2), distance);
        }
        g = COORDINATED_BY.matcher(text.contains("-coordinated") ? text : none);
        while (g.find()) fitted(p, s, g.start(), g.group(1), g.group(3), String.valueOf(wordNumber(g.group(2))), null, g.group(4));
        statedMotifs(p, s);
        g = OXO_NODE.matcher(text);
        while (g.find()) {
            CatalystMention catalyst = p.antecedents.subjectAt(s, g.start());
            if (catalyst != null && Elements.isMetal(g.group(1)) && Elements.metalsIn(catalyst.name()).equals(List.of(g.group(1)))) {
                shell(p, s, catalyst.name(), g.group(1), g.group(2), g.start()).fromName(Integer.parseInt(g.group(3)), null, null);
            }
        }
        g = IN_POCKET.matcher(text);
        while (g.find()) {
            CatalystMention catalyst = p.antecedents.subjectAt(s, g.start());
            if (catalyst != null && Elements.isMetal(g.group(1)) && Elements.metalsIn(catalyst.name()).contains(g.group(1))) {
                shell(p, s, catalyst.name(), g.group(1), "N", g.start()).fromName(Integer.parseInt(g.group(2)), null, null);
            }
        }
        g = AT_CENTRE.matcher(text.contains("cent") ? text : none);
        while (g.find()) {
            CatalystMention catalyst = p.antecedents.subjectAt(s, g.start());
            if (catalyst != null && Elements.isMetal(g.group(1)) && Elements.metalsIn(catalyst.name()).contains(g.group(1))) {
                shell(p, s, catalyst.name(), g.group(1), g.group(3), g.start()).fromName(wordNumber(g.group(2)), null, null);
            }
        }
        g = DISTANCE.matcher(angstrom ? text : none);
        while (g.find()) {
            boolean plain = g.group(1) != null;
            distance(p, s, g.start(), plain ? g.group(1) : g.group(4), plain ? g.group(2) : g.group(5), plain ? g.group(3) : g.group(6));
        }
    }

    /** Writes the shells read, once every passage has been read, so that fitted numbers can replace the motif's counts. */
    @Override
    public void finish() {
        for (Map.Entry<String, Map<String, Shell>> c : shells.entrySet()) {
            for (Shell sh : c.getValue().values()) sh.write(ctx, c.getKey());
        }
    }

    private void fitted(Passage p, Sentence s, int at, String central, String neighbour, String number, String plusMinus, String distance) {
        if (ABSENT.matcher(s.text().substring(Math.max(0, at - 20), at)).find() || !Elements.isMetal(central)) return;
        CatalystMention catalyst = p.antecedents.subjectAt(s, at);
        if (catalyst == null) return;
        Shell sh = shell(p, s, catalyst.name(), central, neighbour, at);
        // "3.9 ± 0.3 in-plane N at 1.94 Å and 1.0 ± 0.2 axial N at 2.12 Å": two shells of one neighbour, told apart by their length
        if (sh.isFitted() && distance != null && sh.distance != null && !distance.equals(sh.distance)) {
            sh = shells.get(catalyst.name()).computeIfAbsent(central + "|" + neighbour + "|" + distance,
                    k -> new Shell(p, s, central, neighbour, p.sourcesOf(s, at, catalyst.name())));
        }
        sh.fitted(number, plusMinus, p, s, p.sourcesOf(s, at, catalyst.name()));
        if (distance != null) sh.distance = distance;
    }

    private void distance(Passage p, Sentence s, int at, String central, String neighbour, String value) {
        if (ABSENT.matcher(s.text().substring(Math.max(0, at - 20), at)).find() || !Elements.isMetal(central)) return;
        CatalystMention catalyst = p.antecedents.subjectAt(s, at);
        if (catalyst == null) return;
        Map<String, Shell> own = shells.get(catalyst.name());
        Shell sh = own == null ? null : own.get(central + "|" + neighbour);
        if (sh != null && sh.distance == null) sh.distance = value;
    }

    /** Motifs said of the catalyst in focus ("Pt–Os DAC/NC contains Pt–N4 and Os–N4 units"): only for a metal of its name that its name gives no motif for. */
    private void statedMotifs(Passage p, Sentence s) {
        for (MotifFinder.Found f : ctx.motifs(s.text())) {
            if (f.motif().facet() != null || insideCatalystName(p, s, f.start())) continue;
            if (NOT_THIS_SITE.matcher(s.text().substring(f.end())).find()) continue;
            CatalystMention catalyst = p.antecedents.subjectAt(s, f.start());
            if (catalyst == null) continue;
            List<String> metals = Elements.metalsIn(catalyst.name());
            boolean inSentence = p.catalysts(s).stream().anyMatch(m -> m.name().equals(catalyst.name()))
                    || p.antecedents.referredBefore(s, f.start()).stream().anyMatch(m -> m.name().equals(catalyst.name()));
            // a motif in a sentence that does not name its catalyst must account for all of the catalyst's metals
            if (!inSentence && f.motif().centres().stream().map(Motif.Centre::element).distinct().count() != metals.size()) continue;
            List<String> named = new ArrayList<>();
            for (MotifFinder.Found own : MotifFinder.find(PlainText.of(catalyst.name()))) {
                for (Motif.Centre c : own.motif().centres()) named.add(c.element());
            }
            boolean fits = f.motif().centres().stream().allMatch(c -> metals.contains(c.element()) && !named.contains(c.element()));
            if (fits) addMotif(p, s, catalyst.name(), f.motif(), f.start(), false);
        }
    }

    private void motifShells(Passage p, Sentence s, String catalyst, String name, int at, boolean fromName) {
        for (MotifFinder.Found f : MotifFinder.find(PlainText.of(name))) {
            if (f.motif().facet() == null) addMotif(p, s, catalyst, f.motif(), at, fromName);
        }
    }

    private void addMotif(Passage p, Sentence s, String catalyst, Motif motif, int at, boolean fromName) {
        Resource motifResource = ctx.writer.motif(motif);
        for (Motif.Centre c : motif.centres()) {
            for (Motif.Shell sh : c.shell()) {
                if (sh.count() == null) continue;
                Shell shell = shell(p, s, catalyst, c.element(), sh.element(), at);
                shell.fromName(sh.count(), motifResource, motif.printed());
                if (motif.ligand() != null && motif.axial() && sh.element().equals(motif.ligand())) shell.axial = motif.ligand();
            }
        }
        if (fromName && motif.ligand() == null) axialHydroxyl(p, s, catalyst, motif, at);
    }

    /** "Zr–N4–OH", "Zr–N4–Cl": a ligand written after the site in a name is axial, one neighbour of its bonding atom. */
    private void axialHydroxyl(Passage p, Sentence s, String catalyst, Motif motif, int at) {
        Matcher m = Pattern.compile(Pattern.quote(NameKey.of(motif.printed())) + "-(OH|Cl|F|Br|I|O|S)(?![a-z])").matcher(NameKey.of(PlainText.of(catalyst)));
        if (!m.find()) return;
        String ligand = m.group(1);
        String atom = ligand.equals("OH") ? "O" : ligand;
        for (Motif.Centre c : motif.centres()) {
            Shell shell = shell(p, s, catalyst, c.element(), atom, at);
            shell.fromName(1, ctx.writer.motif(motif), motif.printed() + "-" + ligand);
            shell.axial = ligand;
        }
    }

    private Shell shell(Passage p, Sentence s, String catalyst, String central, String neighbour, int at) {
        return shells.computeIfAbsent(catalyst, k -> new LinkedHashMap<>())
                .computeIfAbsent(central + "|" + neighbour, k -> new Shell(p, s, central, neighbour, p.sourcesOf(s, at, catalyst)));
    }

    private static boolean insideCatalystName(Passage p, Sentence s, int at) {
        return p.catalysts(s).stream().anyMatch(m -> m.start() <= at && at < m.end());
    }

    /** The central atom of a shell printed as "2.9 ± 0.4 N at 1.90 Å": named before it in the sentence, else the one metal of the catalyst. */
    private String centralBefore(Passage p, Sentence s, int at) {
        String central = null;
        Matcher c = CENTRAL.matcher(s.text().substring(0, at));
        while (c.find()) {
            for (int i = 1; i <= c.groupCount(); i++) if (c.group(i) != null && Elements.isMetal(c.group(i))) central = c.group(i);
        }
        if (central != null) return central;
        CatalystMention catalyst = p.antecedents.subjectAt(s, at);
        List<String> metals = catalyst == null ? List.of() : Elements.metalsIn(catalyst.name());
        return metals.size() == 1 ? metals.get(0) : null;
    }

    private static int wordNumber(String word) {
        return List.of("one", "two", "three", "four", "five", "six").indexOf(word.toLowerCase(java.util.Locale.ROOT)) + 1;
    }
}
