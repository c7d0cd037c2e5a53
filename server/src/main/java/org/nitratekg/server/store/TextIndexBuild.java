package org.nitratekg.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Writes the text index of a loaded database in one pass, the way Jena's {@code textindexer} does: one Lucene
 * document per distinct triple of an indexed predicate in the default graph, through jena-text's own index class
 * and {@link NkgTextIndex}'s definition and analyzers, so the documents are those a transactional load writes. The
 * index is read and written with plain file calls, not mapped into memory, so that the load's resident memory does not
 * grow with it.
 */
final class TextIndexBuild {
    private TextIndexBuild() {}

    static long write(DatasetGraph tdb, Path textFolder) {
        try (Directory directory = new NIOFSDirectory(textFolder)) {
            TextIndexLucene index = new TextIndexLucene(directory, NkgTextIndex.config());
            long documents = tdb.calculateRead(() -> {
                long n = 0;
                for (Node predicate : NkgTextIndex.INDEXED_PREDICATES) {
                    var it = tdb.getDefaultGraph().find(Node.ANY, predicate, Node.ANY);
                    while (it.hasNext()) {
                        var t = it.next();
                        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), Quad.defaultGraphIRI,
                                t.getSubject(), t.getPredicate(), t.getObject());
                        if (entity != null) {
                            index.addEntity(entity);
                            n++;
                        }
                    }
                }
                return n;
            });
            index.prepareCommit();
            index.commit();
            index.close();
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
