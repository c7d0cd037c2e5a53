package org.nitratekg.server.io;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The result formats of {@code nkg query}, each written by Jena's own result-set writer. */
public enum ResultFormat {
    CSV(ResultSetLang.RS_CSV), TSV(ResultSetLang.RS_TSV), JSON(ResultSetLang.RS_JSON);

    final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    public static ResultFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format " + text + ": one of csv, tsv, json");
        }
    }
}
