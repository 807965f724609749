package org.goodpractice.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.util.Context;

/**
 * Regular expressions that stop at a deadline. Java's regex engine backtracks without ever
 * checking the query's cancel flag, so {@code REGEX("aaaa…!", "^(a*)*\\1$")} could run for minutes
 * past the timeout. Before the standard optimizer runs (whose constant folding would already
 * evaluate such an expression), every {@code REGEX}, {@code REPLACE}, {@code fn:matches} and
 * {@code fn:replace} is replaced by an equivalent whose matcher reads its text through
 * {@link DeadlineChars}, which cancels the query once the deadline has passed or the query has
 * been cancelled (its client gone, see {@link ClientWatch}).
 */
final class BoundedRegex {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private BoundedRegex() {
    }

    /** An optimizer that bounds the regular expressions of the query, then optimizes as usual. */
    static RewriteFactory optimizer(long deadlineNanos) {
        return context -> {
            Stop stop = new Stop(deadlineNanos, Context.getCancelSignal(context));
            return op -> Optimize.stdOptimizationFactory.create(context).rewrite(bound(op, stop));
        };
    }

    /** When a regular expression must stop: at the deadline, or once the query's cancel signal (if any) is set. */
    record Stop(long deadlineNanos, AtomicBoolean cancelled) {
        boolean now() {
            return System.nanoTime() - deadlineNanos > 0 || cancelled != null && cancelled.get();
        }
    }

    static Op bound(Op op, Stop stop) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                String iri = func instanceof E_Function f ? f.getFunctionIRI() : null;
                if (func instanceof E_Regex || (FN + "matches").equals(iri)) {
                    return args.size() == 2 || args.size() == 3 ? new Matches(args, stop) : super.transform(func, args);
                }
                if (func instanceof E_StrReplace || (FN + "replace").equals(iri)) {
                    return args.size() == 3 || args.size() == 4 ? new Replace(args, stop) : super.transform(func, args);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    private static Pattern pattern(String function, List<NodeValue> args, int patternAt) {
        NodeValue pattern = args.get(patternAt);
        NodeValue flags = args.size() > patternAt + 1 ? args.get(patternAt + 1) : null;
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(function + ": pattern and flags must be strings");
        }
        return RegexEngine.makePattern(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    /** REGEX(text, pattern[, flags]), as Jena evaluates it, within the deadline. */
    static final class Matches extends E_Regex {
        private final Stop stop;

        private Matches(ExprList args, Stop stop) {
            super(args.get(0), args.get(1), args.size() == 3 ? args.get(2) : null);
            this.stop = stop;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern pattern = pattern("REGEX", args, 1);
            return NodeValue.booleanReturn(pattern.matcher(new DeadlineChars(text.getLiteralLexicalForm(), stop)).find());
        }

        @Override
        public Expr copy(ExprList args) {
            return new Matches(args, stop);
        }
    }

    /** REPLACE(text, pattern, replacement[, flags]), as Jena evaluates it, within the deadline. */
    static final class Replace extends E_StrReplace {
        private final Stop stop;

        private Replace(ExprList args, Stop stop) {
            super(args.get(0), args.get(1), args.get(2), args.size() == 4 ? args.get(3) : null);
            this.stop = stop;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            List<NodeValue> patternAndFlags = args.size() == 4 ? List.of(args.get(1), args.get(3)) : List.of(args.get(1));
            Pattern pattern = pattern("REPLACE", patternAndFlags, 0);
            // Every match Jena's replaceAll will make, found first where the deadline can stop it.
            pattern.matcher(new DeadlineChars(text.getLiteralLexicalForm(), stop)).results().count();
            return XSDFuncOp.strReplace(args.get(0), pattern, args.get(2));
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args, stop);
        }
    }

    /** A string whose reader is cancelled once its query must stop. */
    static final class DeadlineChars implements CharSequence {
        private final String text;
        private final Stop stop;
        private int reads;

        DeadlineChars(String text, Stop stop) {
            this.text = text;
            this.stop = stop;
        }

        @Override
        public char charAt(int index) {
            // Reading the clock costs more than a character, so look every few thousand.
            if ((++reads & 0xFFF) == 0 && stop.now()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
