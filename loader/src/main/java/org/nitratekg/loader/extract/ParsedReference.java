package org.nitratekg.loader.extract;

import java.util.List;

/**
 * One entry of a numbered reference list, as far as it could be read. Fields the entry does not print are null.
 * {@code title} has emphasis markers removed; {@code journal} is the abbreviation as printed.
 */
public record ParsedReference(int number, List<String> authors, String firstAuthorSurname, String title,
                              String journal, String year, String volume, String issue, String firstPage,
                              String lastPage, String doi) {}
