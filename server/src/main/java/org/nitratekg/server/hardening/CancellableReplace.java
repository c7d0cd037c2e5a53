package org.nitratekg.server.hardening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} as Jena evaluates it (Java's regular expressions, an empty match after a first match
 * skipped, the literal's language and datatype kept), reading the string through {@link CancellableText}.
 */
final class CancellableReplace extends E_StrReplace {
    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated when the query runs");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = CancellableRegex.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String lexical = text.getLiteralLexicalForm();
        String replaced;
        try {
            replaced = replaceAll(pattern.matcher(CancellableText.of(lexical, env)), replacement);
        } catch (StackOverflowError e) {
            throw new ExprEvalException("REPLACE: pattern too deep for a string this long");
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (replaced == null || replaced.equals(lexical)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(),
                text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    private static String replaceAll(Matcher matcher, String replacement) {
        StringBuilder out = null;
        while (matcher.find()) {
            if (out == null) {
                out = new StringBuilder();
            } else if (matcher.start() == matcher.end()) {
                continue;
            }
            matcher.appendReplacement(out, replacement);
        }
        if (out == null) {
            return null;
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public Expr copy(ExprList args) {
        return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }
}
