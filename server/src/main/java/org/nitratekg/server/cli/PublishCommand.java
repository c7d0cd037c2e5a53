package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.server.io.ReviewFiles;
import org.nitratekg.server.publish.GraphStorePublisher;
import org.nitratekg.server.store.ParallelConversion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", description = {
        "Write each review as its own named graph to a SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT: publishing",
        "again replaces it), e.g. --endpoint http://localhost:3030/ds/data of a Fuseki, or any other store."})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "Graph Store Protocol endpoint.")
    String endpoint;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Review text files (UTF-8).")
    List<Path> inputs;

    @Override
    public Integer call() {
        ReviewConverter converter = new ReviewConverter();
        GraphStorePublisher publisher = new GraphStorePublisher(endpoint);
        try (ParallelConversion<Path> models = new ParallelConversion<>(inputs,
                path -> converter.convert(ReviewFiles.read(path)), ParallelConversion.defaultThreads())) {
            while (models.hasNext()) {
                Model review = models.next();
                String graph = publisher.publish(review);
                System.err.println("Published " + review.size() + " triples to <" + graph + ">");
            }
        }
        return Nkg.OK;
    }
}
