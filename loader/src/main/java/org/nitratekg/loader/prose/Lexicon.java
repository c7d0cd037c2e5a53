package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgOntology;

/**
 * The terms the extractor recognises, read from the ontology's SKOS labels (rdfs:label, skos:prefLabel,
 * skos:altLabel) of the individuals of the lexicon classes. Labels without lower-case letters (XAS, *NO, HER) match
 * case-sensitively, others ignoring case; dashes and spaces match any dash or space; a longer match wins.
 */
final class Lexicon {
    static final List<Resource> KINDS = List.of(NKG.Intermediate, NKG.CharacterizationTechnique, NKG.DesignStrategy,
            NKG.ReactionPathway, NKG.CompetingReaction, NKG.CharacterizationMode, NKG.EvidenceType);
    private static final List<Property> LABELS = List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel);

    private record Entry(Resource term, Resource kind, Pattern pattern, LiteralPrefix prefix) {}

    private final List<Entry> entries;
    /** Which entries can match where a character stands: one scan of a text tries only those, not every pattern. */
    private final FirstCharacters starts;
    /** Intermediates and free species by their printed formula ("*NO3", "NO3-"), for reading steps such as "NO3− → *NO3". */
    private final java.util.Map<String, Resource> species;
    private final java.util.Map<Resource, String> preferred;
    /** Matches of every entry by text, for a lexicon made by {@link #withCache()}; null for the shared one. */
    private final java.util.Map<String, List<Mention>> matchesByText;

    Lexicon(Model ontology) {
        entries = new ArrayList<>();
        starts = new FirstCharacters();
        species = new java.util.HashMap<>();
        preferred = new java.util.HashMap<>();
        matchesByText = null;
        for (Resource kind : KINDS) {
            ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(term -> {
                for (Property p : LABELS) {
                    for (RDFNode label : ontology.listObjectsOfProperty(term, p).toList()) {
                        if (label.isLiteral() && !label.asLiteral().getString().isBlank()) {
                            String text = label.asLiteral().getString();
                            starts.add(text, entries.size());
                            entries.add(new Entry(term, kind, compile(text), prefix(text)));
                        }
                    }
                }
            });
        }
        indexSpecies(ontology);
        ontology.listStatements(null, SKOS.prefLabel, (RDFNode) null).forEachRemaining(st -> {
            if (st.getObject().isLiteral()) preferred.putIfAbsent(st.getSubject(), st.getObject().asLiteral().getString());
        });
    }

    private Lexicon(Lexicon shared) {
        entries = shared.entries;
        starts = shared.starts;
        species = shared.species;
        preferred = shared.preferred;
        matchesByText = new java.util.HashMap<>();
    }

    /**
     * This lexicon with a memory of the texts it has searched, for the extraction of one review, where several
     * readers look up the same sentence. Not for sharing between threads.
     */
    Lexicon withCache() {
        return new Lexicon(this);
    }

    private void indexSpecies(Model ontology) {
        for (Resource kind : List.of(NKG.Intermediate, NKG.ChemicalSpecies)) {
            ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(term -> {
                for (Property p : LABELS) {
                    for (RDFNode label : ontology.listObjectsOfProperty(term, p).toList()) {
                        if (label.isLiteral()) species.putIfAbsent(speciesKey(label.asLiteral().getString()), term);
                    }
                }
            });
        }
    }

    private static String speciesKey(String printed) {
        return printed.replace('−', '-').replace('–', '-').replaceAll("\\s+", "");
    }

    /** The skos:prefLabel of a term (an acronym such as "EPR" for the techniques), or null. */
    String preferredLabel(Resource term) {
        return preferred.get(term);
    }

    /** The intermediate or species printed as this formula, or null. */
    Resource species(String printed) {
        return species.get(speciesKey(printed));
    }

    static Lexicon fromOntology() {
        return new Lexicon(NkgOntology.ontology());
    }

    /** The characters {@link #compile}'s pattern matches one for one at its start. */
    static LiteralPrefix prefix(String label) {
        return new LiteralPrefix(label, label.chars().noneMatch(Character::isLowerCase));
    }

    static Pattern compile(String label) {
        boolean caseSensitive = label.chars().noneMatch(Character::isLowerCase);
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}*])");
        for (char c : label.toCharArray()) {
            if (c == '-' || c == '–' || c == '—' || c == '‑') re.append("[-–—‑]");
            else if (c == ' ') re.append("[\\s\\-–]+");
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        if (!caseSensitive && Character.isLetter(label.charAt(label.length() - 1))) {
            re.append("(?:s|es)?");
        }
        re.append(label.endsWith("*") ? "(?![\\p{L}\\p{N}])" : "(?![\\p{L}\\p{N}*])");
        return Pattern.compile(re.toString(), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Non-overlapping mentions of terms of the given kinds, in text order; the longest match wins an overlap. */
    List<Mention> find(String text, Resource... kinds) {
        List<Resource> wanted = List.of(kinds);
        List<Mention> all = new ArrayList<>();
        for (Mention m : matches(text)) {
            if (wanted.isEmpty() || wanted.contains(m.kind())) all.add(m);
        }
        return longestFirstWithoutOverlap(all);
    }

    /** The mentions that survive an overlap (the longer one, then the earlier one), in text order. */
    private static List<Mention> longestFirstWithoutOverlap(List<Mention> all) {
        all.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (kept.stream().noneMatch(m::overlaps)) kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private List<Mention> matches(String text) {
        if (matchesByText == null) return allMatches(text);
        return matchesByText.computeIfAbsent(text, this::allMatches);
    }

    /**
     * Every match of every entry, in entry order and within an entry in text order (what one {@code find()} loop
     * per entry gives), so that the stable sort of {@link #find} breaks ties by entry order. The text is scanned
     * once; at each position only the entries that can start there are tried.
     */
    private List<Mention> allMatches(String text) {
        List<List<Mention>> byEntry = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) byEntry.add(null);
        int[] resumeAt = new int[entries.size()];
        Matcher[] matchers = new Matcher[entries.size()];
        for (int pos = 0; pos < text.length(); pos++) {
            if (pos > 0 && continuesWord(text, pos)) continue;
            for (int index : starts.candidates(text.charAt(pos))) {
                if (pos < resumeAt[index]) continue;
                Entry e = entries.get(index);
                if (!e.prefix().at(text, pos)) continue;
                Matcher m = matchers[index];
                if (m == null) {
                    m = e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[index] = m;
                }
                m.region(pos, text.length());
                if (!m.lookingAt()) continue;
                if (byEntry.get(index) == null) byEntry.set(index, new ArrayList<>());
                byEntry.get(index).add(new Mention(e.term(), e.kind(), m.start(), m.end(), m.group()));
                resumeAt[index] = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
        List<Mention> all = new ArrayList<>();
        for (List<Mention> found : byEntry) {
            if (found != null) all.addAll(found);
        }
        return List.copyOf(all);
    }

    /**
     * What {@link #find} computes, done the plain way: each entry's pattern run over the whole text. Slower by far;
     * kept as the definition the indexed scan is tested against.
     */
    List<Mention> findByEveryPattern(String text, Resource... kinds) {
        List<Mention> all = new ArrayList<>();
        for (Entry e : entries) {
            if (kinds.length > 0 && !List.of(kinds).contains(e.kind())) continue;
            Matcher m = e.pattern().matcher(text);
            while (m.find()) all.add(new Mention(e.term(), e.kind(), m.start(), m.end(), m.group()));
        }
        return longestFirstWithoutOverlap(all);
    }

    /** The look-behind every label pattern starts with, {@code (?<![\\p{L}\\p{N}*])}, fails here: no label starts mid-word. */
    static boolean continuesWord(CharSequence text, int pos) {
        int before = Character.codePointBefore(text, pos);
        if (before == '*') return true;
        return switch (Character.getType(before)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Distinct terms of the given kinds in text order. */
    List<Resource> terms(String text, Resource... kinds) {
        List<Resource> terms = new ArrayList<>();
        for (Mention m : find(text, kinds)) {
            if (!terms.contains(m.term())) terms.add(m.term());
        }
        return terms;
    }
}
