package org.nitratekg.loader.prose;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.write.FigureUnits;
import org.nitratekg.ontology.NKG;

/**
 * Performance stated in prose for a named catalyst: "reaches a FE of 88.1% at –0.2 V (vs. RHE)", "FE for NH3 of
 * 91%", "an NH3 yield rate of 2.4 mmol h–1 mg–1 at –0.6 V". Figures without a catalyst in focus are left out.
 */
final class PerformanceClaims {
    private static final String NUMBER = "([~>≥]?)\\s?(\\d+(?:\\.\\d+)?)";
    private static final Pattern FE = Pattern.compile("(?i)\\b(?:FE|Faradaic efficiency)(?:\\s+(?:for|of|toward)\\s+NH3)?\\s+(?:of|up to|reaching|above|exceeding)\\s+" + NUMBER + "\\s?%");
    private static final Pattern YIELD = Pattern.compile("(?i)\\byield(?: rate)?\\s+of\\s+" + NUMBER + "\\s+((?:µg|ug|mg|mmol|mol|g)\\s+[A-Za-z0-9 −–\\-]+?)(?=\\s+at\\b|,|\\s+\\(|\\s+under\\b|\\s+even\\b|\\.?$)");
    private static final Pattern POTENTIAL = Pattern.compile("^\\s*at\\s+([–−-]?\\s?\\d+(?:\\.\\d+)?)\\s?V(?:\\s*\\(?vs\\.?\\s*(RHE|Ag/AgCl|SCE)\\)?)?");

    private final Context ctx;

    PerformanceClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            Resource claim = null;
            // a reference electrode stated once in a sentence ("at –0.2 V (vs. RHE) and … at –0.6 V") holds for the rest of it
            String electrode = null;
            for (Pattern kind : new Pattern[] {FE, YIELD}) {
                Matcher m = kind.matcher(s.text());
                while (m.find()) {
                    CatalystFinder.Found catalyst = ctx.catalystInFocus(p, s, 3);
                    if (catalyst == null) return;
                    if (claim == null) {
                        claim = ctx.writer.claim(p, s, NKG.ProsePerformanceClaim, java.util.Set.of(NKG.PerformanceMeasurement),
                                ctx.focusSentence(p, s, 3));
                        claim.addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst.name()));
                    }
                    Resource figure = ctx.writer.model.createResource(claim.getURI() + "/figure/" + m.start())
                            .addProperty(RDF.type, kind == FE ? NKG.FaradaicEfficiency : NKG.AmmoniaYieldRate)
                            .addProperty(NKG.ofCatalyst, ctx.writer.catalyst(catalyst.name()))
                            .addLiteral(NKG.numericValue, new BigDecimal(m.group(2)))
                            .addProperty(NKG.derivedFromPart, p.part)
                            .addProperty(NKG.partOfReview, claim.getPropertyResourceValue(NKG.partOfReview));
                    // the same unit linking and conversion as a table cell gets
                    if (kind == FE) {
                        FigureUnits.percent(figure);
                    } else {
                        FigureUnits.yield(figure, m.group(2), m.group(3).strip());
                    }
                    if (!m.group(1).isEmpty()) figure.addProperty(NKG.qualifier, m.group(1));
                    Matcher at = POTENTIAL.matcher(s.text().substring(m.end()));
                    if (at.find() && at.group(2) != null) electrode = at.group(2);
                    if (at.find(0) && "RHE".equals(electrode)) {
                        Resource condition = ctx.writer.model.createResource(figure.getURI() + "/condition")
                                .addProperty(RDF.type, NKG.AppliedPotential)
                                .addLiteral(NKG.numericValue, new BigDecimal(at.group(1).replaceAll("[\\s–−]", "").replaceFirst("^(?=\\d)", at.group(1).matches("^[–−-].*") ? "-" : "")))
                                .addProperty(NKG.printedUnit, "V");
                        condition.addProperty(NKG.referenceElectrode, ctx.writer.term(NKG.RHE));
                        figure.addProperty(NKG.underCondition, condition);
                    }
                    claim.addProperty(NKG.hasPerformance, figure);
                }
            }
        }
    }
}
