package org.newskg.store;

import java.util.function.Supplier;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterFailed;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * A local workaround for <a href="https://github.com/apache/jena/issues/3751">apache/jena#3751</a>,
 * fixed upstream in Jena 6.1.0 (commit c83e440e22). <b>Delete this class and its one call in
 * {@link KgStore} when the project moves to Jena 6.1.0 or later</b>; {@code Jena3751Test} then shows
 * whether the upstream fix holds.
 *
 * <p>The bug: Jena 6.0.0's TDB2 executor ({@link OpExecutorTDB2}) reorders a basic graph pattern of
 * two or more patterns by peeking at the first binding of its input, and throws
 * {@code ARQInternalErrorException: Peek iterator is already empty} when that input is empty, i.e.
 * when such a block follows an empty intermediate result. Valid queries fail (Fuseki answers 500).
 *
 * <p>The workaround does what the upstream fix does: it tests the input on entry, and an empty input
 * gives an empty result (which is what any pattern joined with no rows gives) without reaching the
 * reordering. It is installed as the query executor in the dataset's context, so it covers the
 * server, {@code newskg query} and everything else that queries a NewsKG store; everything else is
 * TDB2's own executor, reordering included.
 *
 * <p>Chosen over the alternatives by measurement (README, "Known issues"): turning reordering off
 * (a {@code none.opt} file in the store) also avoids the bug but runs every pattern in the order it
 * is written, which made a badly ordered query on a 200,000-triple store many times slower; catching the error and
 * re-running the query with ARQ's general executor would run a failing query twice and cannot
 * retry once a streamed answer has begun.
 */
public final class Jena3751 {
    /** The executor factory this workaround installs. */
    public static final OpExecutorFactory FACTORY = GuardedOpExecutor::new;

    private Jena3751() {}

    /** Makes queries over a dataset with this context use the guarded executor. */
    public static void install(Context datasetContext) {
        QC.setFactory(datasetContext, FACTORY);
    }

    /** TDB2's executor, except that an empty input is answered at once by an empty result. */
    static final class GuardedOpExecutor extends OpExecutorTDB2 {
        GuardedOpExecutor(ExecutionContext execCxt) {
            super(execCxt);
        }

        @Override
        protected QueryIterator execute(OpBGP opBGP, QueryIterator input) {
            return unlessEmpty(input, () -> super.execute(opBGP, input));
        }

        @Override
        protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
            return unlessEmpty(input, () -> super.execute(quadPattern, input));
        }

        @Override
        protected QueryIterator execute(OpFilter opFilter, QueryIterator input) {
            return unlessEmpty(input, () -> super.execute(opFilter, input));
        }

        private QueryIterator unlessEmpty(QueryIterator input, Supplier<QueryIterator> execution) {
            try {
                if (!input.hasNext()) {
                    return input;
                }
            } catch (RuntimeException e) {
                // As upstream: a failure while reading the input (a timeout, say) fails this step.
                return new QueryIterFailed(input, execCxt, e);
            }
            return execution.get();
        }
    }
}
