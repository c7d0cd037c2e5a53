package org.nitratekg.loader.write;

import java.text.Normalizer;
import java.util.Locale;

import org.nitratekg.loader.extract.CatalystNames;

/**
 * Deterministic data IRIs: {@code https://w3id.org/nitrate-kg/id/review/{slug}/…} for what a review reports and
 * {@code …/id/catalyst/{slug}} for entities shared across reviews.
 */
public final class DataIris {
    public static final String DATA_NS = "https://w3id.org/nitrate-kg/id/";

    private final String review;

    private DataIris(String reviewSlug) {
        this.review = DATA_NS + "review/" + reviewSlug;
    }

    /** The review's slug from its DOI suffix ("10.12345/journal.2025.000123" gives "journal-2025-000123"), else its title. */
    public static DataIris forReview(String doi, String title) {
        String source = doi != null ? doi.substring(doi.indexOf('/') + 1) : title;
        return new DataIris(slug(source));
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s;
    }

    public String review() {
        return review;
    }

    String part(String path) {
        return review + "/" + path;
    }

    String section(String number, String title) {
        return part("section/" + (number != null ? number : slug(title)));
    }

    static String catalyst(String name) {
        return DATA_NS + "catalyst/" + CatalystNames.slug(name);
    }

    static String electrolyte(String name) {
        return DATA_NS + "electrolyte/" + CatalystNames.slug(name);
    }

    static String referenceElectrode(String name) {
        return DATA_NS + "reference-electrode/" + CatalystNames.slug(name);
    }
}
