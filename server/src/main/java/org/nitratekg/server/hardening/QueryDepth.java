package org.nitratekg.server.hardening;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExtendAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;

/**
 * How deeply a query's algebra nests, operators and expressions together, measured without recursion. Jena plans
 * and evaluates a query by recursion, one group of stack frames per level, so a flat-looking query (40,000
 * {@code UNION}s, a chain of 10,000 {@code +}) nests deep enough to overflow a thread's stack.
 */
final class QueryDepth {
    private QueryDepth() {}

    private record Item(Object node, int depth) {}

    /** The deepest nesting level of {@code op}; stops counting once past {@code limit}. */
    static int of(Op op, int limit) {
        Deque<Item> todo = new ArrayDeque<>();
        todo.push(new Item(op, 1));
        int deepest = 0;
        while (!todo.isEmpty()) {
            Item item = todo.pop();
            int d = item.depth();
            deepest = Math.max(deepest, d);
            if (deepest > limit) {
                return deepest;
            }
            switch (item.node()) {
                case Op1 op1 -> {
                    todo.push(new Item(op1.getSubOp(), d + 1));
                    expressionsOf(op1, todo, d + 1);
                }
                case Op2 op2 -> {
                    todo.push(new Item(op2.getLeft(), d + 1));
                    todo.push(new Item(op2.getRight(), d + 1));
                    if (op2 instanceof OpLeftJoin lj && lj.getExprs() != null) {
                        pushAll(lj.getExprs(), todo, d + 1);
                    }
                }
                case OpN opN -> opN.getElements().forEach(sub -> todo.push(new Item(sub, d + 1)));
                case ExprFunctionOp exists -> {
                    todo.push(new Item(exists.getGraphPattern(), d + 1));
                    exists.getArgs().forEach(arg -> todo.push(new Item(arg, d + 1)));
                }
                case ExprAggregator agg -> {
                    if (agg.getAggregator().getExprList() != null) {
                        pushAll(agg.getAggregator().getExprList(), todo, d + 1);
                    }
                }
                case ExprFunction f -> f.getArgs().forEach(arg -> todo.push(new Item(arg, d + 1)));
                default -> { }
            }
        }
        return deepest;
    }

    private static void expressionsOf(Op1 op, Deque<Item> todo, int depth) {
        switch (op) {
            case OpFilter filter -> pushAll(filter.getExprs(), todo, depth);
            case OpExtendAssign extend -> extend.getVarExprList().getExprs().values().forEach(e -> todo.push(new Item(e, depth)));
            case OpGroup group -> {
                group.getGroupVars().getExprs().values().forEach(e -> todo.push(new Item(e, depth)));
                group.getAggregators().forEach(a -> todo.push(new Item(a, depth)));
            }
            case OpOrder order -> {
                for (SortCondition c : order.getConditions()) {
                    todo.push(new Item(c.getExpression(), depth));
                }
            }
            default -> { }
        }
    }

    private static void pushAll(ExprList exprs, Deque<Item> todo, int depth) {
        for (Expr e : exprs) {
            todo.push(new Item(e, depth));
        }
    }
}
