package org.nitratekg.loader.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Clause;
import org.nitratekg.loader.prose.language.Cues;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Rate-determining steps: a step named as rate-determining ("*NO → *NOH is computed to be rate-determining", "DFT
 * places the RDS at *N → *NH", "the adsorption step NO3− → *NO3 limits the rate"), a shift "from A to B" (with the
 * catalyst of each side when the sentence gives them, "from *NO3 → *NO2 on Zr–N4/G to *NOH → *N on Zr–N3O1/C"), a
 * move "to B" after the step of a compared catalyst, a step that "remains" rate-limiting "as on" another catalyst,
 * and the barrier in eV before and after. A general statement names no catalyst.
 */
final class RateDeterminingStepReader implements ClaimReader {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\bRDS\\b|\\brate-(?:determining|limiting)\\b|\\bkinetic bottleneck\\b|"
            + "\\blimits? the (?:overall )?rate\\b|\\bslowest\\b|\\bsluggish step\\b|\\b(?:becomes?|became)\\s+(?:rate-)?limiting\\b|"
            + "\\b(?:rate|kinetics|reaction)\\s+(?:is|are|was|were)\\s+(?:no longer\\s+|not\\s+)?(?:limited|controlled|governed|determined)\\s+by\\b|"
            + "(?<=→\\s?\\*?[A-Z][A-Za-z0-9]{0,5}[−-]?\\)?\\s)limits?\\b");
    /** Between a step and its trigger, only a relative pronoun: "*NH → *NH2, which therefore limits". */
    private static final Pattern RELATIVE = Pattern.compile("[\\s,]*which\\s+(?:\\w+ly\\s+|therefore\\s+|thus\\s+|then\\s+)?");
    /** After the trigger, the catalyst it holds on: "rate-determining on Au1Ag SAA NWs", "limits pristine TiO2". */
    private static final Pattern AFTER_TRIGGER = Pattern.compile("^\\S+(?:\\s+step)?\\s+(?:(?:on|for|in|over)\\s+)?(?:the\\s+)?(?:(?:pristine|pure|bare|isolated|reduced|stoichiometric)\\s+)?");
    private static final Pattern SAME_STEP = Pattern.compile("(?i)\\b(?:the same|this|that) step\\b");
    private static final Pattern SHIFT = Pattern.compile("(?i)\\b(?:shift|change|move|switch|turn)(?:s|ed|es|ing)?\\b|\\b(?:takes?|took)\\s+over\\b|\\bdepends?\\s+on\\b");
    /** "…, whereas at more negative potentials B becomes limiting": the same catalyst, another potential. */
    private static final Pattern OTHER_POTENTIAL = Pattern.compile("(?i)\\b(?:at\\s+(?:more\\s+)?(?:negative|positive|cathodic|anodic|higher|lower)\\s+(?:potentials?|overpotentials?)|below|above|beyond|positive of|negative of)\\b");
    private static final Pattern NAMED_SHIFT = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?([^,;]+?)\\s+to\\s+(?:the\\s+)?([^,;]+?)(?:\\s+(?:conversion\\s+)?step)?(?=[,;.]|\\s+(?:at|on|when|under|as|because|with)\\b|$)");
    private static final Pattern STEP_WORD = Pattern.compile("(?i)\\b(?:desorption|adsorption|hydrogenation|deoxygenation|protonation|formation|reduction|coupling|dissociation|activation)\\b");
    private static final Pattern BACK_TO_STEP = Pattern.compile("(?i)^(?:this|that|the same|the former)\\s+(?:[\\w-]+\\s+)?(?:step|hydrogenation|deoxygenation|protonation|reduction|desorption|adsorption)\\b");
    private static final Pattern KEEP = Pattern.compile("(?i)\\b(?:remains?|stays?|still)\\b");
    private static final Pattern ON_CATALYST = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:on|for|in)\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+)?");
    private static final Pattern BARRIER = Pattern.compile("(?i)\\bbarrier,?\\s+(?:(?:drops|falls|decreases|is lowered|rises|increases)\\s+from\\s+(\\d+(?:\\.\\d+)?)\\s+to\\s+|(?:at\\s+[−-]?\\d+(?:\\.\\d+)?\\s*V\\s+)?(?:of\\s+|is\\s+|was\\s+)?(?:only\\s+)?(?:about\\s+)?)(\\d+(?:\\.\\d+)?)\\s*eV");
    /** "… is the slowest step (0.57 eV)", "… rate-determining, at 0.61 eV". */
    private static final Pattern BARE_ENERGY = Pattern.compile("(?:\\(|,\\s+at\\s+)(\\d+\\.\\d+)\\s*eV");
    private static final Pattern STEP_BARRIER = Pattern.compile("^\\s*(?:on\\s+\\S+\\s+)?\\((\\d+(?:\\.\\d+)?)\\s*eV\\)");
    private static final Pattern POTENTIAL = Pattern.compile("(?i)\\b(?:at|below|above|beyond)\\s+(?:potentials?\\s+)?(?:more (?:negative|positive) than\\s+)?[−-]?\\d+(?:\\.\\d+)?\\s*V(?:\\s+vs\\.\\s+\\w+)?");


    /** Every alternative of TRIGGER holds one of these words: a sentence without any is not scanned by it. */
    private static final List<String> TRIGGER_WORDS = List.of("rds", "rate-", "kinetic bottleneck", "limit", "slowest",
            "sluggish step", "controlled", "governed", "determined");

    private final Context ctx;
    private final StepFinder stepFinder;
    private final Map<String, Resource> claims = new HashMap<>();
    private List<StepFinder.Step> sentenceSteps = List.of();

    RateDeterminingStepReader(Context ctx) {
        this.ctx = ctx;
        this.stepFinder = new StepFinder(ctx);
    }

    private static boolean mayTrigger(String lowerCase) {
        for (String word : TRIGGER_WORDS) {
            if (lowerCase.contains(word)) return true;
        }
        return false;
    }

    @Override
    public void read(Passage p, Sentence s) {
        if (p.caption || !mayTrigger(s.lowerCase()) || !TRIGGER.matcher(s.text()).find()) return;
        List<StepFinder.Step> steps = stepFinder.steps(s.text());
        sentenceSteps = steps;
        List<Clause> clauses = s.clauses();
        StepFinder.Step previous = null;
        String previousCatalyst = null;
        for (int ci = 0; ci < clauses.size(); ci++) {
            Clause c = clauses.get(ci);
            String clause = c.span().of(s.text());
            Matcher t = TRIGGER.matcher(clause);
            List<StepFinder.Step> own = stepsIn(steps, c);
            boolean triggered = t.find();
            // "… places the RDS at A above −0.5 V; at more negative potentials it shifts to B": the shift names no RDS itself
            if (!triggered && previous != null && own.size() == 1 && SHIFT.matcher(clause).find()) {
                String catalyst = subjectName(p, s, own.get(0).start());
                write(p, s, catalyst, own.get(0), previous, c.span().start(), condition(s.text(), null), null, null);
                previous = own.get(0);
                previousCatalyst = catalyst;
                continue;
            }
            if (!triggered) {
                if (own.size() == 1) {
                    previous = own.get(0);
                    previousCatalyst = subjectName(p, s, own.get(0).start());
                }
                continue;
            }
            int trigger = c.span().start() + t.start();
            // "P substitution changes which step is slowest: A on X (0.72 eV), but B on Y (0.41 eV)"
            if (own.isEmpty()) {
                List<StepFinder.Step> later = steps.stream().filter(x -> x.start() > trigger).toList();
                if (later.size() >= 2 && catalystAfter(p, s, later.get(0)) != null && catalystAfter(p, s, later.get(1)) != null) {
                    shiftFromTo(p, s, later.get(0), later.get(1), trigger);
                    break;
                }
            }
            // "… limits the rate, and this step was assigned to *NO2 → *NO"; "yet the same step remains rate-determining"
            if (own.isEmpty() && ci + 1 < clauses.size() && clauses.get(ci + 1).link() == Clause.Link.CONTINUATION) own = stepsIn(steps, clauses.get(ci + 1));
            if (own.isEmpty() && SAME_STEP.matcher(clause).find() && previous != null) own = List.of(previous);
            // "… to the hydrogenation *NH → *NH2, which therefore limits the rate": the relative pronoun stands for the step just named
            if (own.isEmpty() && previous != null && ci > 0 && stepsIn(steps, clauses.get(ci - 1)).contains(previous)
                    && RELATIVE.matcher(s.text().substring(previous.end(), trigger)).matches()) own = List.of(previous);
            int triggerEnd = c.span().start() + t.end() - 1;
            if (Cues.hedgeOver(s, trigger) != null) continue;
            if (Cues.negationOver(s, trigger) != null || Cues.negationOver(s, triggerEnd) != null) {
                // "the rate is no longer limited by A; … B takes over": A is the step the rate was limited by before
                if (own.size() == 1) {
                    previous = own.get(0);
                    previousCatalyst = subjectName(p, s, trigger);
                }
                continue;
            }
            boolean keeps = KEEP.matcher(clause).find() || SAME_STEP.matcher(clause).find();
            boolean shifts = SHIFT.matcher(clause).find() && !keeps;
            StepFinder.Step[] named = shifts && own.size() < 2 ? namedShift(c, s.text(), own) : null;
            if (named != null) {
                String fromCatalyst = catalystIn(p, s, named[0]);
                String toCatalyst = subjectName(p, s, trigger);
                if (fromCatalyst != null && !fromCatalyst.equals(toCatalyst)) {
                    write(p, s, fromCatalyst, named[0], null, trigger, null, null, null);
                }
                write(p, s, toCatalyst, named[1], named[0], trigger, condition(s.text(), fromCatalyst == null ? null : fromCatalyst + " -> " + toCatalyst), null, null);
            } else if (own.size() >= 2 && (shifts || (catalystAfter(p, s, own.get(0)) != null && catalystAfter(p, s, own.get(1)) != null))) {
                // "… the RDS at A on X (0.86 eV) but at B on Y (0.49 eV)" compares two catalysts as a shift does
                shiftFromTo(p, s, own.get(0), own.get(1), trigger);
            } else if (own.size() == 1) {
                StepFinder.Step step = own.get(0);
                String catalyst = catalystOf(p, s, c, step, trigger);
                BigDecimal[] barrier = barrier(s.text(), c, step);
                // a move after the step of a reference ("moves to B", "Whereas A limits X, on Y it is B"): a shift from it
                boolean contrasted = c.link() == Clause.Link.CONTRAST && catalyst != null && previousCatalyst != null
                        && (!catalyst.equals(previousCatalyst) || OTHER_POTENTIAL.matcher(clause).find());
                StepFinder.Step from = previous != null && !previous.label().equals(step.label()) && !keeps && (shifts || contrasted) ? previous : null;
                String change = from != null && previousCatalyst != null && !previousCatalyst.equals(catalyst) ? previousCatalyst + " -> " + catalyst : null;
                write(p, s, catalyst, step, from, trigger, condition(s.text(), change), barrier[1], barrier[0]);
                comparedCatalyst(p, s, c, step, trigger);
                previous = step;
                previousCatalyst = catalyst;
            } else if (own.isEmpty() && steps.isEmpty() && p.catalysts(s).isEmpty() && (shifts || continuedByShift(clauses, ci, s))) {
                write(p, s, null, null, null, trigger, NameKey.of(s.text().replaceAll("\\s*\\[[\\d,–\\-\\s]+]", "").strip()), null, null);
            }
        }
    }

    /** "the rate-determining step is not a fixed property: it can change with the applied potential". */
    private static boolean continuedByShift(List<Clause> clauses, int ci, Sentence s) {
        return ci + 1 < clauses.size() && clauses.get(ci + 1).link() == Clause.Link.CONTINUATION
                && SHIFT.matcher(clauses.get(ci + 1).span().of(s.text())).find();
    }

    private static List<StepFinder.Step> stepsIn(List<StepFinder.Step> steps, Clause c) {
        return steps.stream().filter(x -> c.span().contains(x.start())).toList();
    }

    /** The catalyst a step is rate-determining on: "… rate-determining on X", "A limits X", else the subject before it. */
    private String catalystOf(Passage p, Sentence s, Clause c, StepFinder.Step step, int trigger) {
        Matcher after = AFTER_TRIGGER.matcher(s.text().substring(trigger));
        if (after.find()) {
            int at = trigger + after.end();
            for (CatalystMention m : p.catalysts(s)) {
                if (m.start() == at && c.span().contains(at)) return m.name();
            }
        }
        return subjectName(p, s, Math.min(step.start(), trigger));
    }

    /** "a shift in RDS from NH3 desorption to the *NO → *NOH step": a side that is not an arrow is a step named in words. */
    private StepFinder.Step[] namedShift(Clause c, String text, List<StepFinder.Step> own) {
        Matcher m = NAMED_SHIFT.matcher(c.span().of(text));
        if (!m.find()) return null;
        int offset = c.span().start();
        StepFinder.Step from = side(m.group(1), offset + m.start(1), offset + m.end(1), own);
        StepFinder.Step to = side(m.group(2), offset + m.start(2), offset + m.end(2), own);
        return from == null || to == null || from.label().equals(to.label()) ? null : new StepFinder.Step[] {from, to};
    }

    private StepFinder.Step side(String phrase, int start, int end, List<StepFinder.Step> own) {
        for (StepFinder.Step st : own) {
            if (st.start() >= start && st.end() <= end) return st;
        }
        // "from this hydrogenation on the Cu NWs": the step named before it in the sentence
        if (BACK_TO_STEP.matcher(phrase).find()) {
            StepFinder.Step last = null;
            for (StepFinder.Step st : sentenceSteps) if (st.end() <= start) last = st;
            if (last != null) return new StepFinder.Step(last.resource(), last.label(), start, end);
        }
        String label = NameKey.of(phrase.strip()).replaceFirst("(?i)\\s+step$", "");
        if (!STEP_WORD.matcher(label).find() || label.split("\\s+").length > 4) return null;
        return new StepFinder.Step(ctx.writer.step(label, null, null), label, start, end);
    }

    /** "shifts from A (on X) to B (on Y)": with both catalysts, one statement for each; else the shift for the catalyst in focus. */
    private void shiftFromTo(Passage p, Sentence s, StepFinder.Step from, StepFinder.Step to, int trigger) {
        String fromCatalyst = catalystAfter(p, s, from);
        String toCatalyst = catalystAfter(p, s, to);
        BigDecimal fromBarrier = stepBarrier(s.text(), from);
        BigDecimal toBarrier = stepBarrier(s.text(), to);
        if (fromCatalyst != null && toCatalyst != null && !fromCatalyst.equals(toCatalyst)) {
            write(p, s, fromCatalyst, from, null, trigger, null, fromBarrier, null);
            write(p, s, toCatalyst, to, from, trigger, condition(s.text(), fromCatalyst + " -> " + toCatalyst), toBarrier, fromBarrier);
        } else {
            write(p, s, subjectName(p, s, trigger), to, from, trigger, condition(s.text(), null), toBarrier, fromBarrier);
        }
    }

    /** "… remains rate-limiting, as on isolated Fe–N4/C": the compared catalyst has the same rate-determining step. */
    private void comparedCatalyst(Passage p, Sentence s, Clause c, StepFinder.Step step, int trigger) {
        for (CatalystMention m : p.catalysts(s)) {
            String before = s.text().substring(Math.max(0, m.start() - 40), m.start());
            // "as on isolated Zr–N4/C", "On X, as on the monometallic Y used for comparison, …", "both on the isolated Y sites and on the pairs"
            if (c.span().contains(m.start()) && before.matches("(?s).*\\b(?:(?:as|both) (?:on|in|for)|(?:on|in|for) both)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$")) {
                write(p, s, m.name(), step, null, trigger, "as on " + m.name(), null, null);
            }
        }
    }

    private void write(Passage p, Sentence s, String catalyst, StepFinder.Step step, StepFinder.Step shiftedFrom, int at, String condition,
                       BigDecimal barrier, BigDecimal previousBarrier) {
        String key = catalyst + "|" + (step == null ? "" : step.label());
        List<Integer> sources = p.sourcesOf(s, at, catalyst);
        if (claims.containsKey(key)) {
            ctx.writer.restate(claims.get(key), p, sources);
            return;
        }
        // "at low overpotential A limits the rate, whereas … the RDS shifts to B": A was the step before the shift, not the finding
        if (shiftedFrom != null) {
            Resource before = claims.remove(catalyst + "|" + shiftedFrom.label());
            if (before != null) ctx.writer.retract(before);
        }
        Resource claim = ctx.writer.claim(p, s, NKG.RateDeterminingStepClaim, ctx.cues.forClaim(p, s), sources)
                .addLiteral(NKG.hedged, false);
        if (catalyst != null) claim.addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst));
        if (step != null) claim.addProperty(NKG.rateDeterminingStep, step.resource());
        if (shiftedFrom != null) claim.addProperty(NKG.shiftedFromStep, shiftedFrom.resource());
        if (condition != null && !condition.isBlank()) claim.addProperty(NKG.conditionNote, condition);
        if (barrier != null) claim.addLiteral(NKG.stepBarrier, barrier);
        if (previousBarrier != null) claim.addLiteral(NKG.previousStepBarrier, previousBarrier);
        claims.put(key, claim);
    }

    /** A catalyst named inside the span of a step phrase ("this hydrogenation on the Au NWs"). */
    private String catalystIn(Passage p, Sentence s, StepFinder.Step step) {
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() >= step.start() && m.end() <= step.end()) return m.name();
        }
        return null;
    }

    private String catalystAfter(Passage p, Sentence s, StepFinder.Step step) {
        String after = s.text().substring(step.end());
        Matcher on = ON_CATALYST.matcher(after);
        if (!on.find()) return null;
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() == step.end() + on.end()) return m.name();
        }
        return null;
    }

    private String subjectName(Passage p, Sentence s, int position) {
        CatalystMention m = p.antecedents.subjectAt(s, position);
        return m == null ? null : m.name();
    }

    private static BigDecimal stepBarrier(String text, StepFinder.Step step) {
        Matcher m = STEP_BARRIER.matcher(text.substring(step.end()));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** The barrier stated in the clause: [before, after] for "drops from 0.81 to 0.59 eV", else [null, value]. */
    private static BigDecimal[] barrier(String text, Clause c, StepFinder.Step step) {
        BigDecimal own = stepBarrier(text, step);
        if (own != null) return new BigDecimal[] {null, own};
        String clause = c.span().of(text);
        Matcher m = BARRIER.matcher(clause);
        if (!m.find()) m = BARRIER.matcher(text);
        if (m.find(0)) return new BigDecimal[] {m.group(1) == null ? null : new BigDecimal(m.group(1)), new BigDecimal(m.group(2))};
        Matcher bare = BARE_ENERGY.matcher(clause);
        return bare.find() ? new BigDecimal[] {null, new BigDecimal(bare.group(1))} : new BigDecimal[] {null, null};
    }

    private static String condition(String text, String catalystChange) {
        List<String> parts = new ArrayList<>();
        Matcher v = POTENTIAL.matcher(text);
        if (v.find()) parts.add(NameKey.of(v.group()));
        if (catalystChange != null && !catalystChange.startsWith("null")) parts.add(NameKey.of(catalystChange));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
