package org.nitratekg.loader.prose;

/**
 * A catalyst named in a sentence: {@code name} is the table's printed name when the mention is of a table catalyst
 * (printed in full or by its formula without the shape descriptor, "MoO3-x" for "MoO3-x NRs"), else the name as the
 * prose prints it; {@code start}/{@code end} locate the mention in the sentence.
 */
record CatalystMention(String name, int start, int end, boolean inTable) {}
