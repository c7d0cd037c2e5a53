package org.nitratekg.server.hardening;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * The query planner of the public endpoint: before Jena's standard optimizer runs (it folds constant expressions,
 * so a constant {@code REGEX} would otherwise be matched while planning), every {@code REGEX} and {@code REPLACE}
 * becomes its cancellable twin. Jena's regular-expression engine is chosen once per JVM and cannot be extended, so
 * the expressions themselves are swapped.
 */
public final class CancellableExpressions {
    private CancellableExpressions() {}

    /** The optimizer factory to set as {@code ARQConstants.sysOptimizerFactory} in a dataset's context. */
    public static RewriteFactory optimizer() {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> standard.rewrite(swap(op));
        };
    }

    static Op swap(Op op) {
        return Transformer.transform(new TransformCopy(), new Swap(), op);
    }

    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(func, args);
        }
    }
}
