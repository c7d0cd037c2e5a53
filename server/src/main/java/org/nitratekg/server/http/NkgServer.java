package org.nitratekg.server.http;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.ontology.NKG;
import org.nitratekg.server.hardening.QueryRequestLimits;
import org.nitratekg.server.hardening.SecurityHeadersFilter;
import org.nitratekg.server.http.cache.ResultCacheFilter;

/**
 * The Fuseki Main composition: dataset {@value #DATASET} read-only (SPARQL query at {@code /nkg/sparql} and
 * {@code /nkg/query}, Graph Store read at {@code /nkg/get}; no update, upload or GSP write endpoint exists),
 * queries hardened by {@link QueryHardening}, requests by {@link QueryRequestLimits}, strict headers on every
 * response by {@link SecurityHeadersFilter}, linked-data pages under {@code /id/}, the ontology at
 * {@code /ontology}, the search page at {@code /}, the SPARQL editor with its query gallery at {@code /sparql},
 * downloads under {@code /downloads}, VoID and SPARQL examples under {@code /.well-known/}, {@code /$/ping}, and
 * CORS on the data and query endpoints.
 */
public final class NkgServer {
    public static final String DATASET = "/nkg";

    private NkgServer() {}

    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings) {
        QueryHardening.apply(dataset.getContext(), settings.queryTimeout());
        DataService readOnly = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        VoidDescription voidDescription = new VoidDescription(dataset);
        return FusekiServer.create()
                .port(settings.port())
                .add(DATASET, readOnly)
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new QueryRequestLimits())
                .enablePing(true)
                .addFilter(DATASET + "/*", new CorsFilter())
                .addFilter(DATASET + "/*", ResultCacheFilter.forDataset(dataset, settings.queryTimeout()))
                .addFilter("/.well-known/*", new CorsFilter())
                .addFilter("/id/*", new CorsFilter())
                .addFilter(DownloadServlet.PATH + "/*", new CorsFilter())
                .addFilter(DATASET + "/sparql", new ServiceDescriptionFilter())
                .addFilter(DATASET + "/query", new ServiceDescriptionFilter())
                .addServlet(SparqlEditorServlet.PATH, new SparqlEditorServlet())
                .addServlet(SparqlExamples.PATH, new DescriptionServlet(SparqlExamples::describe, SparqlEditorServlet.PATH))
                .addServlet(VoidDescription.PATH, new DescriptionServlet(voidDescription::describe, DownloadServlet.PATH))
                .addServlet(DownloadServlet.PATH, new DownloadServlet(dataset))
                .addServlet(DownloadServlet.PATH + "/*", new DownloadServlet(dataset))
                .addServlet(ComparisonServlet.PATH, new ComparisonServlet(dataset))
                .addServlet(ComparisonServlet.PATH + ".csv", new ComparisonServlet(dataset))
                .addServlet(SearchServlet.PATH, new SearchServlet(dataset))
                .addServlet(SearchServlet.PATH + "/*", new SearchServlet(dataset))
                .addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet(LocalLinks.TERM_PATH + "*", new LinkedDataServlet(dataset, NKG.NS))
                .addServlet("/ontology", new OntologyServlet())
                // "" is the context root exactly (the servlet spec's rule), "/page/*" the page's own files.
                .addServlet("", new PageServlet(() -> Reviews.list(dataset)))
                // Fuseki's own 404 servlet holds "/"; "/*" is the shortest prefix, so it gets only what nothing
                // longer or exact answers.
                .addServlet("/*", new NotFoundServlet())
                .addServlet(PageServlet.PATH + "/*", new PageServlet(List::of))
                .build();
    }
}
