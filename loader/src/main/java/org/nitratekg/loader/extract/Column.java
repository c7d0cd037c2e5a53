package org.nitratekg.loader.extract;

/**
 * One column of a table: its position (from 1), its normalized header, its role, and what the header states for
 * all its cells: a unit (e.g. "mg h-1 cm-2", "V") and a reference electrode (e.g. "RHE"), each null if not stated.
 */
public record Column(int ordinal, String header, ColumnRole role, String headerUnit, String headerElectrode) {}
