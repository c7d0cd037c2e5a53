package org.nitratekg.loader.extract;

/**
 * A value read from a cell: the lexical form of the number (ASCII sign, no '+', no thousands separators, printed
 * precision kept), the ± uncertainty, a qualifier such as '>' or '~', and the unit text that followed, if any.
 */
public record Quantity(String value, String plusMinus, String qualifier, String unitText, String electrode) {}
