package org.nitratekg.server.http;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.loader.ReviewConverter;

/**
 * {@code GET /id/{path}} answers for the data IRI {@code https://w3id.org/nitrate-kg/id/{path}}: Turtle, JSON-LD,
 * N-Triples or RDF/XML for machines, an HTML page for people, 404 if the data does not know the resource.
 */
public final class LinkedDataServlet extends HttpServlet {
    /** Readable IRI paths only: no spaces, quotes or angle brackets can reach an IRI or a page. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~:@!$&'()*+,;=%/-]+");

    private final transient DatasetGraph dataset;
    private final String namespace;

    /** Serves the data IRIs ({@code https://w3id.org/nitrate-kg/id/…}). */
    public LinkedDataServlet(DatasetGraph dataset) {
        this(dataset, ReviewConverter.DATA_NS);
    }

    /** Serves the IRIs of {@code namespace}: the path after the servlet's own is the rest of the IRI. */
    LinkedDataServlet(DatasetGraph dataset, String namespace) {
        this.dataset = dataset;
        this.namespace = namespace;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = DataIriPath.of(request);
        if (path == null || path.length() < 2 || !SAFE_PATH.matcher(path.substring(1)).matches()) {
            ErrorPages.notFound(response, "No such resource: the address is not one of this knowledge graph's.");
            return;
        }
        Optional<Representation> chosen = Representation.choose(request.getHeader("Accept"), request.getParameter("format"));
        if (chosen.isEmpty()) {
            RdfResponses.notAcceptable(response);
            return;
        }
        String iri = namespace + path.substring(1);
        Model[] found = new Model[1];
        EntityView[] view = new EntityView[1];
        String highlight = request.getParameter("quote");
        Txn.executeRead(dataset, () -> {
            // Reviews are loaded into the default graph; named graphs (the ontology's, for labels) count too.
            Graph visible = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
            found[0] = ConciseBoundedDescription.of(visible, iri);
            if (!found[0].isEmpty() && chosen.get() == Representation.HTML) {
                view[0] = EntityStory.tell(visible, iri, found[0], highlight);
            }
        });
        Model description = found[0];
        if (description.isEmpty()) {
            response.setHeader("Vary", "Accept");
            if (chosen.get() == Representation.HTML) {
                ErrorPages.notFound(response, "The knowledge graph knows nothing about " + iri + ".");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown resource");
            }
            return;
        }
        if (chosen.get() == Representation.HTML) {
            RdfResponses.html(response, EntityPage.render(view[0]), RdfResponses.PAGE_CSP);
        } else {
            RdfResponses.rdf(response, description, chosen.get());
        }
    }
}
