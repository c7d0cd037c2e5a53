package org.nitratekg.server.store;

import java.util.function.UnaryOperator;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterFailed;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's query executor, made to look at its input before it plans a basic graph pattern. In Jena 6.0.0 the TDB2
 * executor orders a pattern of two or more triples by peeking at the first input row, and fails the whole query with
 * "Peek iterator is already empty" when there is none — which happens whenever an earlier part of the query (one arm
 * of a UNION, the left side of an OPTIONAL evaluated by hash join) matched nothing. Named queries such as
 * {@code data-quality} failed on every store for that reason while they answered in memory. An empty input has an
 * empty answer, so it is passed on as it is. Jena fixed this in 6.1.0 (GH-3751, "Test input on entry"); this class
 * goes when the project moves past 6.0.0.
 */
final class InputCheckingExecutor extends OpExecutorTDB2 {
    private static final OpExecutorFactory FACTORY = InputCheckingExecutor::new;

    private InputCheckingExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes queries on this TDB2 dataset (and on the wrappers around it) run through this executor. */
    static void install(DatasetGraph tdb) {
        QC.setFactory(TDBInternal.getDatasetGraphTDB(tdb).getContext(), FACTORY);
        QC.setFactory(tdb.getContext(), FACTORY);
    }

    @Override
    protected QueryIterator execute(OpBGP opBGP, QueryIterator input) {
        return whenNotEmpty(input, in -> super.execute(opBGP, in));
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        return whenNotEmpty(input, in -> super.execute(quadPattern, in));
    }

    @Override
    protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
        return whenNotEmpty(input, in -> super.execute(opFilter, in));
    }

    private QueryIterator whenNotEmpty(QueryIterator input, UnaryOperator<QueryIterator> plan) {
        try {
            if (!input.hasNext()) {
                return input;
            }
        } catch (RuntimeException cancelledOrFailed) {
            // reading the first row may time out or fail: report it where the query reads its answer, as Jena does
            return new QueryIterFailed(input, execCxt, cancelledOrFailed);
        }
        return plan.apply(input);
    }
}
