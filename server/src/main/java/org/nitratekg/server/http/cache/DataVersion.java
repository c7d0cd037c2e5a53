package org.nitratekg.server.http.cache;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Tells whether the data changed between two moments: a number that grows with every write transaction, and whether
 * one is under way (while it is, answers may come from either side of it). A TDB2 store counts its write
 * transactions itself. Other datasets (the in-memory one {@code serve INPUT…} fills before it starts serving) are
 * written only before the server is built, so their version is constant: the public endpoint cannot write.
 */
public interface DataVersion {
    long current();

    boolean writing();

    static DataVersion of(DatasetGraph dataset) {
        DatasetGraph store = dataset;
        // the text index wraps the store: look through wrappers until TDB2 recognises its own
        while (!TDBInternal.isBackedByTDB(store) && store instanceof DatasetGraphWrapper wrapper) {
            store = wrapper.getWrapped();
        }
        if (TDBInternal.isBackedByTDB(store)) {
            TransactionCoordinator txns = TDBInternal.getTransactionCoordinator(store);
            return new DataVersion() {
                @Override
                public long current() {
                    return txns.countBeginWrite();
                }

                @Override
                public boolean writing() {
                    return txns.countActiveWriter() > 0;
                }
            };
        }
        return constant();
    }

    static DataVersion constant() {
        return new DataVersion() {
            @Override
            public long current() {
                return 0;
            }

            @Override
            public boolean writing() {
                return false;
            }
        };
    }
}
