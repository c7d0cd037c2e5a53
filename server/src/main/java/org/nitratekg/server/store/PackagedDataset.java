package org.nitratekg.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * An in-memory dataset saved whole, with its text index, so that it can be put back without loading or indexing a
 * triple: the quads (default graph, ontology graph, prefixes) in RDF Thrift and the Lucene index's files as they
 * are. The build packages the bundled review this way; {@code serve} reads it back, for reading only, in a fraction
 * of the time a load takes. Folder layout: {@value #QUADS}, and {@value #INDEX}/ with the index files listed in {@value #FILE_LIST}.
 */
public final class PackagedDataset {
    static final String QUADS = "dataset.rt";
    static final String INDEX = "text";
    static final String FILE_LIST = "files.txt";

    private PackagedDataset() {}

    /** Saves {@code dataset}, made by {@link NkgDatasets#inMemory(Directory)} with {@code index}, under {@code folder}. */
    public static void write(DatasetGraph dataset, Directory index, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(INDEX));
        DatasetGraph base = NkgDatasets.unindexed(dataset);
        try (OutputStream out = Files.newOutputStream(folder.resolve(QUADS))) {
            Txn.executeRead(base, () -> RDFDataMgr.write(out, base, RDFFormat.RDF_THRIFT));
        }
        List<String> names = new ArrayList<>();
        for (String name : index.listAll()) {
            if (name.equals("write.lock")) {
                continue;
            }
            names.add(name);
            try (IndexInput in = index.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[(int) in.length()];
                in.readBytes(bytes, 0, bytes.length);
                Files.write(folder.resolve(INDEX).resolve(name), bytes);
            }
        }
        Files.writeString(folder.resolve(INDEX).resolve(FILE_LIST), String.join("\n", names) + "\n");
    }

    /**
     * The dataset saved under the resource folder {@code folder} next to {@code anchor}, searchable as saved; empty
     * when it is not there (a build that did not package it).
     */
    public static Optional<DatasetGraph> read(Class<?> anchor, String folder) {
        try (InputStream quads = anchor.getResourceAsStream(folder + "/" + QUADS);
             InputStream list = anchor.getResourceAsStream(folder + "/" + INDEX + "/" + FILE_LIST)) {
            if (quads == null || list == null) {
                return Optional.empty();
            }
            // read-only from here on: the general dataset (lock-based transactions, no abort) takes the quads
            // two to three times faster than the fully transactional in-memory one
            DatasetGraph base = DatasetGraphFactory.create();
            Txn.executeWrite(base, () -> RDFDataMgr.read(base, quads, Lang.RDFTHRIFT));
            Directory index = new ByteBuffersDirectory();
            for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) {
                    copy(anchor, folder + "/" + INDEX + "/" + name, index, name);
                }
            }
            return Optional.of(NkgTextIndex.wrap(base, index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Class<?> anchor, String resource, Directory index, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resource);
             IndexOutput out = index.createOutput(name, IOContext.DEFAULT)) {
            if (in == null) {
                throw new IOException("packaged index file missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            out.writeBytes(bytes, bytes.length);
        }
    }
}
