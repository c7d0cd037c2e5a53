package org.nitratekg.loader.quality;

/** The kinds of anomaly the data-quality report looks for, each with the name used in reports and queries. */
public enum FindingKind {
    UNIT_WITHOUT_NUMERATOR("unit-without-numerator"),
    UNCONVERTIBLE_YIELD("unconvertible-yield"),
    POTENTIAL_NOT_VS_RHE("potential-not-vs-rhe"),
    CURRENT_DENSITY_IN_POTENTIAL_COLUMN("current-density-in-potential-column"),
    REFERENCE_FOR_TWO_CATALYSTS("reference-for-two-catalysts"),
    CATALYST_CITED_DIFFERENTLY_IN_TEXT("catalyst-cited-differently-in-text"),
    IMPLAUSIBLE_MAGNITUDE("implausible-magnitude");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
