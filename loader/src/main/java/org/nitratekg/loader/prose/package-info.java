/**
 * The prose stage of the loader: reads the paragraphs and figure captions of a converted review and adds, in place,
 * what their sentences state, each statement a {@code nkg:Claim} with its provenance.
 *
 * <p>Entry point: {@link org.nitratekg.loader.prose.ProseExtractor#extract(org.apache.jena.rdf.model.Model)}.
 * Input shape: {@code nkg:Paragraph}/{@code nkg:FigureCaption} with {@code nkg:text}, {@code nkg:partOfReview},
 * {@code nkg:inSection} (with {@code nkg:sectionNumber}) and {@code nkg:sourceLine}; table catalysts with
 * {@code nkg:printedName}; references with {@code nkg:referenceNumber} and {@code dcterms:title}.
 *
 * <p>Output: claims at {@code {review}/claim/{part}-{k}} typed {@code nkg:Claim} and one of
 * {@code ScalingRelationClaim, CharacterizationEvidence, RateDeterminingStepClaim, SiteRoleClaim,
 * ProsePerformanceClaim, ScreeningClaim, PathwaySequenceClaim, StrategyClaim}, each with {@code nkg:derivedFromPart},
 * {@code nkg:inSection}, {@code nkg:quote} (an {@code oa:TextQuoteSelector} whose {@code oa:exact} is the sentence),
 * {@code cito:cites}, {@code nkg:evidenceType} and {@code nkg:hedged}; site motifs at {@code id/motif/{slug}} with
 * parsed coordination; catalysts found in the text at {@code id/catalyst/{slug}} (the loader's slug), class
 * assignments with their basis; {@code nkg:mentions} from each part to the terms, motifs and catalysts it names.
 *
 * <p>The vocabulary it recognises is the ontology's SKOS labels (see the lexicon block of {@code nkg.ttl}); the
 * chemical-name patterns are shapes of names, never names of one review.
 */
package org.nitratekg.loader.prose;
