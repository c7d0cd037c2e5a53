package org.nitratekg.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Units the review prints that QUDT lacks, declared in QUDT style in {@code nkg.ttl} under {@link #NS}.
 * Constant names are the unit's local name with '-' written as '_'; {@code NkgVocabularyTest} keeps this class
 * and the Turtle in step both ways. The QUDT units used (e.g. {@code unit:PERCENT}, {@code unit:V}) are in
 * {@link #QUDT_UNIT_NS} and declared in {@code imports/qudt_import.ttl}.
 */
public final class NkgUnits {
    public static final String NS = "https://w3id.org/nitrate-kg/unit/";
    public static final String QUDT_UNIT_NS = "http://qudt.org/vocab/unit/";
    public static final String QUDT_NS = "http://qudt.org/schema/qudt/";

    private NkgUnits() {}

    private static Resource unit(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** A QUDT unit by its local name, e.g. {@code qudt("PERCENT")}. */
    public static Resource qudt(String local) {
        return ResourceFactory.createResource(QUDT_UNIT_NS + local);
    }

    public static final Resource MicroGM_PER_HR_CentiM2 = unit("MicroGM-PER-HR-CentiM2");
    public static final Resource MilliGM_PER_HR_CentiM2 = unit("MilliGM-PER-HR-CentiM2");
    public static final Resource MilliMOL_PER_HR_CentiM2 = unit("MilliMOL-PER-HR-CentiM2");
    public static final Resource MOL_PER_HR_CentiM2 = unit("MOL-PER-HR-CentiM2");
    public static final Resource MilliGM_PER_HR_MilliGM = unit("MilliGM-PER-HR-MilliGM");
    public static final Resource MicroGM_PER_HR_MilliGM = unit("MicroGM-PER-HR-MilliGM");
    public static final Resource MilliMOL_PER_HR_MilliGM = unit("MilliMOL-PER-HR-MilliGM");
    public static final Resource MOL_PER_HR_MilliGM = unit("MOL-PER-HR-MilliGM");
    public static final Resource MOL_PER_HR_GM = unit("MOL-PER-HR-GM");
    public static final Resource MilliGM_PER_HR_GM = unit("MilliGM-PER-HR-GM");
    public static final Resource PER_HR_MilliGM = unit("PER-HR-MilliGM");
    public static final Resource MilliA_PER_CentiM2 = unit("MilliA-PER-CentiM2");
}
