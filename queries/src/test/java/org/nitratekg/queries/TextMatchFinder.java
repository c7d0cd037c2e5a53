package org.nitratekg.queries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_OneOfBase;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_StrAfter;
import org.apache.jena.sparql.expr.E_StrBefore;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.E_StrSubstring;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Finds where a query matches the review's own words instead of reading structured facts: a string test (REGEX,
 * CONTAINS, STRSTARTS, STRENDS, STRBEFORE, STRAFTER, REPLACE, SUBSTR, LCASE, UCASE) or a comparison with a literal,
 * applied to a value read from a passage's text, a quote, an observation or a title, or to a value computed from one
 * (through BIND, a projected expression or an aggregate). Reading such values as output is allowed.
 */
final class TextMatchFinder {
    private static final String NKG = "https://w3id.org/nitrate-kg/ontology#";
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";

    /** Properties whose values are the review's words: passage text, quotes, observations and titles. */
    static final Set<String> TEXT_PROPERTIES = Set.of(NKG + "text", NKG + "printedText", NKG + "observation",
            OA + "exact", OA + "prefix", OA + "suffix", DCTERMS + "title");

    private final Set<Var> textVars = new HashSet<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Expr> expressions = new ArrayList<>();

    private record Assignment(Var var, Expr expr) {}

    private TextMatchFinder() {}

    /** One line per text match the query makes, naming the test and the variable; empty when there is none. */
    static List<String> findings(Query query) {
        TextMatchFinder finder = new TextMatchFinder();
        finder.collect(query);
        finder.propagate();
        return finder.report();
    }

    private void collect(Query query) {
        if (query.getQueryPattern() != null) {
            collect(query.getQueryPattern());
        }
        query.getProject().forEachVarExpr((v, e) -> assign(v, e));
        query.getGroupBy().forEachVarExpr((v, e) -> assign(v, e));
        for (ExprAggregator aggregate : query.getAggregators()) {
            assign(aggregate.getVar(), aggregate);
        }
        query.getHavingExprs().forEach(this::examine);
    }

    private void collect(Element element) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().forEach(TextMatchFinder.this::readsText);
            }

            @Override
            public void visit(ElementTriplesBlock block) {
                block.getPattern().forEach(t -> readsText(new TriplePath(t)));
            }

            @Override
            public void visit(ElementFilter filter) {
                examine(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                assign(bind.getVar(), bind.getExpr());
            }

            @Override
            public void visit(ElementSubQuery sub) {
                collect(sub.getQuery());
            }
        });
    }

    private void readsText(TriplePath triple) {
        Node object = triple.getObject();
        if (!object.isVariable()) {
            return;
        }
        Set<String> last = triple.isTriple() ? Set.of(triple.getPredicate().getURI()) : lastLinks(triple.getPath());
        if (last.stream().anyMatch(TEXT_PROPERTIES::contains)) {
            textVars.add(Var.alloc(object));
        }
    }

    private static Set<String> lastLinks(Path path) {
        Set<String> links = new LinkedHashSet<>();
        if (path instanceof P_Link link) {
            links.add(link.getNode().getURI());
        } else if (path instanceof P_Seq seq) {
            links.addAll(lastLinks(seq.getRight()));
        } else if (path instanceof P_Alt alt) {
            links.addAll(lastLinks(alt.getLeft()));
            links.addAll(lastLinks(alt.getRight()));
        } else if (path instanceof P_Path1 single) {
            links.addAll(lastLinks(single.getSubPath()));
        }
        return links;
    }

    private void assign(Var var, Expr expr) {
        if (expr != null) {
            assignments.add(new Assignment(var, expr));
            examine(expr);
        }
    }

    /** Records an expression to be checked, and collects the patterns of its EXISTS and NOT EXISTS. */
    private void examine(Expr expr) {
        expressions.add(expr);
        forEachNode(expr, node -> {
            if (node instanceof ExprFunctionOp op && op.getElement() != null) {
                collect(op.getElement());
            }
        });
    }

    private void propagate() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Assignment a : assignments) {
                if (!textVars.contains(a.var()) && mentionsText(a.expr())) {
                    textVars.add(a.var());
                    changed = true;
                }
            }
        }
    }

    private List<String> report() {
        Set<String> found = new LinkedHashSet<>();
        for (Expr expr : expressions) {
            forEachNode(expr, node -> {
                if (node instanceof ExprFunction f && !(node instanceof ExprFunctionOp)) {
                    if (isStringTest(f) && mentionsText(f)) {
                        found.add(f.getFunctionSymbol().getSymbol().toUpperCase(java.util.Locale.ROOT) + " on " + textVarsIn(f));
                    } else if (isComparison(f) && mentionsText(f) && hasStringConstant(f)) {
                        found.add("comparison of " + textVarsIn(f) + " with a literal");
                    }
                }
            });
        }
        return List.copyOf(found);
    }

    private static boolean isStringTest(ExprFunction f) {
        return f instanceof E_Regex || f instanceof E_StrContains || f instanceof E_StrStartsWith
                || f instanceof E_StrEndsWith || f instanceof E_StrBefore || f instanceof E_StrAfter
                || f instanceof E_StrReplace || f instanceof E_StrSubstring || f instanceof E_StrLowerCase
                || f instanceof E_StrUpperCase;
    }

    private static boolean isComparison(ExprFunction f) {
        return f instanceof E_Equals || f instanceof E_NotEquals || f instanceof E_SameTerm || f instanceof E_OneOfBase;
    }

    private static boolean hasStringConstant(ExprFunction f) {
        return f.getArgs().stream().anyMatch(a -> a instanceof NodeValue nv && nv.asNode().isLiteral());
    }

    private boolean mentionsText(Expr expr) {
        return !textVarsIn(expr).isEmpty();
    }

    private Set<String> textVarsIn(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        forEachNode(expr, node -> {
            if (node instanceof ExprVar v && textVars.contains(v.asVar())) {
                names.add("?" + v.getVarName());
            }
        });
        return names;
    }

    /** Visits the expression and its sub-expressions, aggregates' arguments included. */
    private static void forEachNode(Expr expr, java.util.function.Consumer<Expr> visit) {
        if (expr == null) {
            return;
        }
        visit.accept(expr);
        if (expr instanceof ExprAggregator aggregate && aggregate.getAggregator().getExprList() != null) {
            aggregate.getAggregator().getExprList().forEach(e -> forEachNode(e, visit));
        } else if (expr instanceof ExprFunction f && !(expr instanceof ExprFunctionOp)) {
            f.getArgs().forEach(e -> forEachNode(e, visit));
        }
    }
}
