package org.nitratekg.server.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.store.ProgressListener;

/** Review text files (or, with none given, the bundled review) converted to RDF, one model per review. */
public final class ReviewInputs {
    private ReviewInputs() {}

    public static List<Model> convert(List<Path> files, ProgressListener progress) {
        if (files.isEmpty()) {
            // converted by the build
            return List.of(BundledReview.model());
        }
        List<ReviewText> texts = new ArrayList<>();
        files.forEach(f -> texts.add(ReviewFiles.read(f)));
        List<Model> models = new ArrayList<>();
        ReviewConverter converter = new ReviewConverter();
        for (ReviewText text : texts) {
            progress.progress(models.size(), texts.size(), "converting " + text.sourceName());
            models.add(converter.convert(text));
        }
        progress.progress(models.size(), texts.size(), "converted");
        return models;
    }

    public static Model union(List<Model> models) {
        Model all = ModelFactory.createDefaultModel();
        models.forEach(m -> {
            all.setNsPrefixes(m.getNsPrefixMap());
            all.add(m);
        });
        return all;
    }
}
