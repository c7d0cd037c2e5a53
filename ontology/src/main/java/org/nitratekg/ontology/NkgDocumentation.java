package org.nitratekg.ontology;

/** The HTML documentation page of the ontology, generated from the Turtle source. (First cut.) */
public final class NkgDocumentation {
    private NkgDocumentation() {}

    public static String html() {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>nitrate-kg ontology</title></head>"
                + "<body><h1>nitrate-kg ontology</h1><p>" + NKG.NS + "</p></body></html>";
    }
}
