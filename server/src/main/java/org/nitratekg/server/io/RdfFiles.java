package org.nitratekg.server.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;

/** RDF files in and out, the syntax chosen by the file extension, errors reported as {@code FILE:LINE: ...}. */
public final class RdfFiles {
    /** Output syntaxes of {@code nkg convert}, by extension. */
    static final Map<String, RDFFormat> OUTPUT_FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY,
            "nt", RDFFormat.NTRIPLES,
            "jsonld", RDFFormat.JSONLD11_PRETTY,
            "trig", RDFFormat.TRIG_PRETTY);

    private RdfFiles() {}

    /** The writer format for an output file name, or a usage error naming the extensions we write. */
    public static RDFFormat outputFormat(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        RDFFormat format = dot < 0 ? null : OUTPUT_FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new BadInputException(file + ": an output file ending .ttl, .nt, .jsonld or .trig");
        }
        return format;
    }

    public static void write(Model model, Path file) {
        RDFFormat format = outputFormat(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, model, format);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": a writable output file (" + e.getMessage() + ")");
        }
    }

    /** Parses an RDF file (syntax from its extension) into a new model. */
    public static Model read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name + ":1: an existing RDF file, found none");
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang == null) {
            throw new BadInputException(name + ":1: an RDF file ending .ttl, .nt, .jsonld, .trig, .nq or .rdf");
        }
        String text = readText(file);
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(text, lang).errorHandler(new LineReporting(name)).parse(model);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new BadInputException(name + ":1: valid " + lang.getLabel() + " (" + e.getMessage() + ")");
        } catch (StackOverflowError e) {
            // Jena's parsers read nested lists and blank nodes by recursion: 100,000 nested lists exhaust the stack.
            throw new BadInputException(name + ":1: " + lang.getLabel() + " with lists and blank nodes nested a few thousand deep at most");
        }
        return model;
    }

    /** True if the file name has the extension of an RDF syntax of triples (.nt, .ttl, .rdf, …). */
    public static boolean isRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        return lang != null && RDFLanguages.isTriples(lang);
    }

    /** Streams an RDF file (syntax from its extension) into {@code sink} without holding it in memory. */
    public static void parse(Path file, StreamRDF sink) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name + ":1: an existing RDF file, found none");
        }
        try {
            RDFParser.source(file).errorHandler(new LineReporting(name)).parse(sink);
        } catch (BadInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new BadInputException(name + ":1: valid RDF (" + e.getMessage() + ")");
        }
    }

    private static String readText(Path file) {
        try {
            return StrictUtf8.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException(file + ":1: a readable file (" + e.getMessage() + ")");
        }
    }

    /** Turns parser errors into {@code FILE:LINE: ...}; warnings pass silently. */
    private record LineReporting(String name) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new BadInputException(name, Math.max(line, 1), "valid RDF (" + message + ")");
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
