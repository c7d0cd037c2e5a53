package org.nitratekg.loader.extract;

/** What a table column holds, read from its header. */
public enum ColumnRole {
    CATALYST, CONDITION, FARADAIC_EFFICIENCY, YIELD, ELECTROLYTE, REFERENCE, REFERENCE_ELECTRODE, OTHER
}
