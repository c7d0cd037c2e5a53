package org.nitratekg.server.hardening;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} with Java's regular expressions, as Jena evaluates it, but reading the string through
 * {@link CancellableText} so the match ends when the query is cancelled or times out.
 */
final class CancellableRegex extends E_Regex {
    CancellableRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
    }

    /** Without an environment (constant folding while the query is planned) nothing is matched: it waits for execution. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        try {
            return NodeValue.booleanReturn(pattern.matcher(CancellableText.of(text.getLiteralLexicalForm(), env)).find());
        } catch (StackOverflowError e) {
            throw new ExprEvalException("REGEX: pattern too deep for a string this long");
        }
    }

    static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException(function + ": pattern and flags must be strings");
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.matches("[smixq]*")) {
            throw new ExprEvalException(function + ": only the flags s, m, i, x and q are allowed");
        }
        return RegexEngine.makePattern(function, pattern.getString(), f);
    }

    @Override
    public Expr copy(ExprList args) {
        return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
}
