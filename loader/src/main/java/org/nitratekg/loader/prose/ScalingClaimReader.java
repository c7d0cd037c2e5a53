package org.nitratekg.loader.prose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Cues;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Claims that a catalyst, motif or strategy breaks (escapes, sidesteps, circumvents, lies off) or keeps (remains
 * bound by, obeys, does not break) the adsorption scaling relation between two intermediates, or an unnamed pair;
 * and "decouples the binding of *A from that of *B". The subject must be named in the sentence or referred to
 * ("This catalyst", "the latter"): a sentence about "a catalyst" in general states no claim. Hedged statements
 * ("may partially relax", "it is not yet clear whether … breaks") are recorded as hedged; negated ones as not
 * breaking. A caption that restates a claim adds its provenance to that claim instead of making a new one.
 */
final class ScalingClaimReader implements ClaimReader {
    private static final String SPECIES = "(\\*[A-Z][A-Za-z0-9]*)";
    private static final Pattern HEAD = Pattern.compile("(?i)\\b(?:non-)?scaling\\b|\\b(?:that|this|the same)\\s+line\\b|\\b(?:link|correlation|relation(?:ship)?)(?=\\s+between\\s+(?:the\\s+)?"
            + "(?:(?:adsorption|binding)\\s+)?(?:(?:free\\s+)?energ(?:y|ies)\\s+of\\s+)?\\*)");
    /** "a plot of *NO against *H adsorption energies": the pair a sentence sets against each other. */
    private static final Pattern PAIR_VERSUS = Pattern.compile(SPECIES + "\\s+(?:versus|vs\\.?|against)\\s+" + SPECIES);
    /** "the scaling between *NO and *NOH is broken": the verb after the relation, in the passive. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)^(?:\\s+(?:relations?(?:hips?)?|lines?)?\\s*(?:(?:between|of)\\s+\\*\\S+\\s+and\\s+\\*\\S+(?:\\s+binding|\\s+adsorption)?|of\\s+[^,;:]{1,40}?)?)?\\s+"
            + "(?:is|are|was|were|has been|have been|can be|could be|may be|might be)\\s+(?:(?:not|no longer|clearly|effectively|partly|partially|largely)\\s+)*"
            + "(broken|circumvented|escaped|overcome|bypassed|relaxed|decoupled|lifted|retained|preserved|maintained|obeyed|kept)\\b");
    /** "the binding of *H is not decoupled from that of *NO". */
    private static final Pattern DECOUPLED = Pattern.compile("(?i)\\b(?:binding|adsorption)\\s+(?:energ(?:y|ies)\\s+)?of\\s+" + SPECIES
            + "\\s+(?:is|are|was|were|has been|have been)\\s+(?:(?:not|no longer|effectively|largely)\\s+)*decoupled\\s+from\\s+(?:that\\s+of\\s+)?" + SPECIES);
    /** What may stand between the verb and the word "scaling": determiners, adjectives and the pair ("the *NO2/*NO"). */
    private static final Pattern NOUN_PHRASE_START = Pattern.compile("(?i)(?:(?:the|a|an|any|its|their|this|that|linear|adsorption(?:-energy)?|"
            + "binding(?:-energy)?|energy|universal|conventional|well-known|usual|\\*[^\\s,;]+|[\\w*-]+/[\\w*-]+)\\s+)*$");
    private static final Pattern BREAKS = Pattern.compile("(?i)\\b(?:break(?:s|ing)?|broke(?:n)?|escap(?:e|es|ed|ing)|sidestep(?:s|ped|ping)?|"
            + "circumvent(?:s|ed|ing)?|overc(?:ome|omes|ame|oming)|bypass(?:es|ed|ing)?|relax(?:es|ed|ing)?|deviat(?:e|es|ed|ing)\\s+from|"
            + "(?:li(?:e|es|ing)|sits?|sitting|sat|stands?|falls?)\\s+(?:[\\d.]+\\s*eV\\s+)?off|lay\\s+off|(?:well\\s+)?away\\s+from|off|"
            + "weaken(?:s|ed|ing)?|loosen(?:s|ed|ing)?|disrupt(?:s|ed|ing)?|(?:is|are|was|were|be)\\s+(?:thereby\\s+)?freed\\s+from|free(?:s|d)?\\s+from)(?:\\s+of)?\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)bound|constrained|limited|governed|trapped|pinned|obeys?|follows?|falls?|lies?|sits?|adheres?|stays? on");
    private static final Pattern SHOWS = Pattern.compile("(?i)\\b(?:display|show|exhibit|follow)(?:s|ed)?\\s*$");
    private static final Pattern KEEPS = Pattern.compile("(?i)\\b(?:(?:remains?|stays?|is|are|was|were|still|not|no longer)\\s+)+(?:bound|constrained|limited|governed|trapped|pinned)\\s+(?:by|to)\\s*$"
            + "|\\b(?:obeys?|follows?|falls?\\s+on|lies?\\s+on|sits?\\s+on|adheres?\\s+to|stays?\\s+on)\\s*$");
    private static final Pattern DECOUPLES = Pattern.compile("(?i)\\bdecoupl(?:e|es|ed|ing)\\s+(?:the\\s+(?:binding|adsorption)\\s+(?:energ(?:y|ies)\\s+)?of\\s+)?"
            + SPECIES + "\\s+from\\s+(?:that\\s+of\\s+)?" + SPECIES);
    private static final Pattern PAIR_BEFORE = Pattern.compile(SPECIES + "\\s*[/–-]\\s*" + SPECIES + "\\s+(?:[\\w-]+\\s+)?(?:scaling|non-scaling)");
    private static final Pattern PAIR_AFTER = Pattern.compile("(?i)(?:scaling(?:\\s+(?:relations?(?:hips?)?|lines?))?|link|correlation|relation(?:ship)?)\\s+(?:between|of|for)\\s+"
            + "(?:the\\s+)?(?:(?:adsorption|binding)\\s+)?(?:(?:free\\s+)?energ(?:y|ies)\\s+of\\s+)?" + SPECIES + "\\s+(?:and|&|versus|vs\\.?)\\s+" + SPECIES);

    private final Context ctx;
    private final Map<String, Resource> claims = new HashMap<>();

    ScalingClaimReader(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void read(Passage p, Sentence s) {
        String text = s.text();
        // every alternative of HEAD holds one of these words; a sentence with none is not scanned by it
        String lower = s.lowerCase();
        boolean mayHead = lower.contains("scaling") || lower.contains("line") || lower.contains("link")
                || lower.contains("correlation") || lower.contains("relation");
        Matcher o = HEAD.matcher(mayHead ? text : "");
        while (o.find()) {
            int clauseStart = s.clauses().get(s.clauseAt(o.start())).span().start();
            String before = text.substring(clauseStart, o.start());
            Matcher np = NOUN_PHRASE_START.matcher(before);
            String verbPart = np.find() ? before.substring(0, np.start()) : before;
            Matcher keep = KEEPS.matcher(verbPart);
            Matcher brk = BREAKS.matcher(verbPart);
            boolean keeps = keep.find();
            Matcher passive = PASSIVE.matcher(text.substring(o.end()));
            if (!keeps && !brk.find() && passive.find()) {
                int verb = o.end() + passive.start(1);
                boolean kept = passive.group(1).matches("retained|preserved|maintained|obeyed|kept");
                record(p, s, verb, !kept, pair(text, o.start(), o.end() + passive.end()), o.end());
                continue;
            }
            if (!keeps && !brk.find(0)) {
                // "CuPd nanocubes display non-scaling adsorption behaviour"
                if (!o.group().toLowerCase(java.util.Locale.ROOT).startsWith("non") || !SHOWS.matcher(verbPart).find()) continue;
                brk = SHOWS.matcher(verbPart);
                brk.find();
            }
            // the position of the participle, so that "is not bound by" is read as negated
            int verb = clauseStart + (keeps ? keep.start() + participle(keep.group()) : brk.start());
            Resource[] pair = pair(text, clauseStart + verbPart.length(), o.end());
            // "… falls on that line": the line of the sentence before
            if (pair[0] == null && o.group().toLowerCase(java.util.Locale.ROOT).endsWith("line") && p.previous(s, 1) != null) {
                Matcher vs = PAIR_VERSUS.matcher(p.previous(s, 1).text());
                Matcher named = PAIR_BEFORE.matcher(p.previous(s, 1).text());
                if (named.find()) pair = new Resource[] {intermediate(named.group(1)), intermediate(named.group(2))};
                else if (vs.find()) pair = new Resource[] {intermediate(vs.group(1)), intermediate(vs.group(2))};
            }
            if (pair[0] == null && o.group().toLowerCase(java.util.Locale.ROOT).startsWith("non")) pair = onlyPair(text.substring(o.end()));
            if (pair[0] == null) {
                Matcher vs = PAIR_VERSUS.matcher(text);
                if (vs.find()) pair = new Resource[] {intermediate(vs.group(1)), intermediate(vs.group(2))};
            }
            if (pair[0] == null && ctx.subjects.demonstrative(p, s, verb) != null && p.previous(s, 1) != null) {
                pair = onlyPair(p.previous(s, 1).text());
            }
            record(p, s, verb, !keeps, pair, o.end());
        }
        // both need the word "decoupl…" (case-insensitively): a sentence without it is not scanned by either
        boolean decoupl = lower.contains("decoupl");
        Matcher dp = DECOUPLED.matcher(decoupl ? text : "");
        while (dp.find()) {
            record(p, s, dp.start() + dp.group().indexOf("decoupled"), true, new Resource[] {intermediate(dp.group(1)), intermediate(dp.group(2))}, dp.end());
        }
        Matcher d = DECOUPLES.matcher(decoupl ? text : "");
        while (d.find()) {
            record(p, s, d.start(), true, new Resource[] {intermediate(d.group(1)), intermediate(d.group(2))}, d.end());
        }
    }

    private void record(Passage p, Sentence s, int verb, boolean breaksIfAsserted, Resource[] pair, int objectEnd) {
        Subject subject = subject(p, s, verb, objectEnd);
        if (subject == null) return;
        Cues.Cue hedge = Cues.hedgeOver(s, verb);
        boolean negated = Cues.negationOver(s, verb) != null;
        // "does not break" keeps the relation; "is not bound by" breaks it
        boolean breaks = breaksIfAsserted != negated;
        List<Integer> sources = p.sourcesOf(s, verb, subject.catalystName);
        Resource relation = ctx.writer.scalingRelation(pair[0], pair[1]);
        String key = subject.resource.getURI() + "|" + breaks + "|" + (hedge != null);
        Resource earlier = claims.get(key + "|" + relation.getURI());
        if (earlier == null && p.caption) earlier = claims.get(key);
        if (earlier != null) {
            ctx.writer.restate(earlier, p, sources);
            return;
        }
        if (p.caption) return;
        Resource claim = ctx.writer.claim(p, s, NKG.ScalingRelationClaim, ctx.cues.forClaim(p, s), sources);
        claim.addLiteral(NKG.breaks, breaks).addLiteral(NKG.hedged, hedge != null)
                .addProperty(NKG.claimSubject, subject.resource).addProperty(NKG.aboutScalingRelation, relation);
        if (hedge != null) claim.addProperty(NKG.hedgeWord, hedge.words());
        if (subject.catalystName != null) claim.addProperty(NKG.aboutCatalyst, subject.resource);
        if (subject.printed != null) claim.addProperty(NKG.printedSubject, subject.printed);
        claims.put(key + "|" + relation.getURI(), claim);
        claims.putIfAbsent(key, claim);
    }

    private static int participle(String keep) {
        Matcher m = PARTICIPLE.matcher(keep);
        return m.find() ? m.start() : 0;
    }

    private record Subject(Resource resource, String catalystName, String printed) {}

    /** What the verb at {@code verb} is said of: the nearest catalyst, referring phrase, motif or strategy before it in the sentence. */
    private Subject subject(Passage p, Sentence s, int verb, int objectEnd) {
        SubjectFinder.Found f = ctx.subjects.before(p, s, verb);
        // "breaking of the *NO/*H scaling was achieved in X", "… is attributed to the M–N5 motif", "… is broken by the intermetallic"
        if (f == null) f = ctx.subjects.agentAfter(p, s, objectEnd);
        // "… the *NO/*H scaling is circumvented" after a sentence that named the route
        if (f == null) f = ctx.subjects.topicOfPrevious(p, s);
        if (f == null) return null;
        return switch (f.kind()) {
            case CATALYST -> new Subject(ctx.writer.catalyst(f.catalyst().name()), f.catalyst().name(), null);
            case MOTIF -> new Subject(f.motif(), null, null);
            case STRATEGY -> new Subject(ctx.writer.term(f.strategy()), null, f.printed());
        };
    }

    private Resource[] pair(String text, int objectStart, int objectEnd) {
        Matcher before = PAIR_BEFORE.matcher(text);
        while (before.find()) {
            if (before.end() >= objectStart && before.start() <= objectEnd) {
                return new Resource[] {intermediate(before.group(1)), intermediate(before.group(2))};
            }
        }
        Matcher after = PAIR_AFTER.matcher(text);
        if (after.find(Math.max(0, objectStart)) && after.start() < objectEnd) {
            return new Resource[] {intermediate(after.group(1)), intermediate(after.group(2))};
        }
        return new Resource[] {null, null};
    }

    /** The pair when a stretch of text names exactly two intermediates ("… *NO3 binding … couples with *N stabilization"). */
    private Resource[] onlyPair(String text) {
        List<Resource> found = ctx.intermediates(text);
        return found.size() == 2 ? found.toArray(Resource[]::new) : new Resource[] {null, null};
    }

    private Resource intermediate(String printed) {
        List<Resource> found = ctx.intermediates(printed);
        return found.size() == 1 ? found.get(0) : null;
    }
}
