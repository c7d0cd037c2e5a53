/**
 * Catalyst classes of a converted review: every catalyst of its performance tables gets exactly one of the eight
 * classes of {@link org.nitratekg.loader.classify.CatalystClass}, with the wording that makes the class inferable.
 *
 * <p>Entry point: {@link org.nitratekg.loader.classify.CatalystClassifier#classify(org.apache.jena.rdf.model.Model,
 * org.apache.jena.rdf.model.Resource)}. Input shape, and nothing else: {@code nkg:TableRow}s with
 * {@code nkg:reportsCatalyst}/{@code nkg:printedName}, {@code nkg:partOfReview}, {@code cito:cites} and their table's
 * {@code skos:note}; {@code nkg:Paragraph}/{@code nkg:FigureCaption} with {@code nkg:text}, {@code nkg:inSection}
 * and {@code nkg:sourceLine}; sections with {@code dcterms:title}, {@code nkg:sectionNumber} and
 * {@code nkg:subsectionOf}; references with {@code nkg:referenceNumber} and {@code dcterms:title}.
 *
 * <p>Output: {@code {review}/class-assignment/{catalyst slug}} typed {@code nkg:ClassAssignment}, with
 * {@code nkg:partOfReview}, {@code nkg:assignedClass}, {@code nkg:assignmentBasis}, {@code nkg:basisText} (the
 * reason), {@code nkg:derivedFromPart} (the rows, and the paragraphs, captions or sections read) and
 * {@code prov:wasDerivedFrom} (cited works whose titles were read); the catalyst gets {@code nkg:classAssignment} and
 * {@code rdf:type} of the class and its superclasses. The named query {@code catalyst-classes} reads them.
 *
 * <p>The class wording is the ontology's SKOS labels of the class terms plus generic words; name patterns are shapes
 * of names, never names of one review.
 */
package org.nitratekg.loader.classify;
