package org.nitratekg.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.queries.NamedQueries;

/**
 * {@code /downloads}: the page listing them, the whole graph ({@code nitrate-kg.ttl}, {@code nitrate-kg.nt.gz}: the
 * reviews; {@code nitrate-kg.trig}: reviews and the ontology graph) and {@code query/NAME.csv}, the result of each
 * named query as CSV. Written in streaming syntaxes inside one read transaction.
 */
final class DownloadServlet extends HttpServlet {
    static final String PATH = "/downloads";

    private final transient DatasetGraph dataset;

    DownloadServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    record Model(List<QueryGallery.Entry> tables) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            RdfResponses.html(response, Templates.render("downloads", "Downloads", new Model(QueryGallery.entries())),
                    RdfResponses.PAGE_CSP);
            return;
        }
        switch (path) {
            case "/nitrate-kg.ttl" -> graph(response, "text/turtle", RDFFormat.TURTLE_BLOCKS, path, false);
            case "/nitrate-kg.nt.gz" -> graph(response, "application/gzip", RDFFormat.NTRIPLES, path, true);
            case "/nitrate-kg.trig" -> graph(response, "application/trig", RDFFormat.TRIG_BLOCKS, path, false);
            default -> {
                String name = path.startsWith("/query/") && path.endsWith(".csv")
                        ? path.substring("/query/".length(), path.length() - 4) : "";
                var text = NamedQueries.text(name);
                if (text.isEmpty()) {
                    ErrorPages.notFound(response, "No such download: " + path);
                    return;
                }
                csv(response, name, text.get());
            }
        }
    }

    private void graph(HttpServletResponse response, String type, RDFFormat format, String file, boolean gzip)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        if (!gzip) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.substring(1) + "\"");
        try (OutputStream raw = response.getOutputStream();
             OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            Txn.executeRead(dataset, () -> {
                if (format == RDFFormat.TRIG_BLOCKS) {
                    RDFDataMgr.write(out, dataset, format);
                } else {
                    RDFDataMgr.write(out, dataset.getDefaultGraph(), format);
                }
            });
        }
    }

    private void csv(HttpServletResponse response, String name, String query) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        try (OutputStream out = response.getOutputStream()) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                    ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                }
            });
        }
    }
}
