package org.nitratekg.queries.gold;

/** How many matched rows agree on one non-key column, e.g. {@code refs 10/12}. */
public record AttributeAgreement(String column, int agreed, int compared) {
    @Override
    public String toString() {
        return column + " " + agreed + "/" + compared;
    }
}
