package org.nitratekg.loader.write;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the standard vocabularies the loader writes (BIBO, FaBiO, CiTO, PROV-O, Web Annotation, QUDT, FOAF). */
final class Terms {
    static final String BIBO = "http://purl.org/ontology/bibo/";
    static final String FABIO = "http://purl.org/spar/fabio/";
    static final String CITO = "http://purl.org/spar/cito/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String QUDT = "http://qudt.org/schema/qudt/";
    static final String UNIT = "http://qudt.org/vocab/unit/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    static final Property doi = p(BIBO, "doi");
    static final Property volume = p(BIBO, "volume");
    static final Property issue = p(BIBO, "issue");
    static final Property pageStart = p(BIBO, "pageStart");
    static final Property pageEnd = p(BIBO, "pageEnd");
    static final Property hasPublicationYear = p(FABIO, "hasPublicationYear");
    static final Property cites = p(CITO, "cites");
    static final Property wasDerivedFrom = p(PROV, "wasDerivedFrom");
    static final Property wasGeneratedBy = p(PROV, "wasGeneratedBy");
    static final Property used = p(PROV, "used");
    static final Resource ProvEntity = r(PROV, "Entity");
    static final Resource TextQuoteSelector = r(OA, "TextQuoteSelector");
    static final Resource TextPositionSelector = r(OA, "TextPositionSelector");
    static final Resource SpecificResource = r(OA, "SpecificResource");
    static final Property hasSource = p(OA, "hasSource");
    static final Property hasSelector = p(OA, "hasSelector");
    static final Property exact = p(OA, "exact");
    static final Property prefix = p(OA, "prefix");
    static final Property suffix = p(OA, "suffix");
    static final Property start = p(OA, "start");
    static final Property end = p(OA, "end");
    static final Property unit = p(QUDT, "unit");
    static final Property ucumCode = p(QUDT, "ucumCode");
    static final Resource QudtUnit = r(QUDT, "Unit");
    static final Resource PERCENT = r(UNIT, "PERCENT");
    static final Resource VOLT = r(UNIT, "V");
    static final Resource MILLIVOLT = r(UNIT, "MilliV");
    static final Resource Person = r(FOAF, "Person");
    static final Property name = p(FOAF, "name");

    private Terms() {}

    /** An xsd:integer literal, the datatype the ontology gives to ordinals, numbers and offsets. */
    static org.apache.jena.rdf.model.Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    /** The node of {@link #integer}, for writers that add triples straight to the graph. */
    static org.apache.jena.graph.Node integerNode(long n) {
        return org.apache.jena.graph.NodeFactory.createLiteralDT(
                Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }
}
