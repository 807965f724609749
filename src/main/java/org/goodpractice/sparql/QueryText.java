package org.goodpractice.sparql;

/**
 * Checks the text of a query or update before Jena parses it. Jena's parser recurses once per
 * nested group, bracket or parenthesis, so a few thousand of them overflow the stack; and it
 * parses large texts slowly. Both are refused here with a message saying what the limit is.
 */
final class QueryText {
    /** The most characters a query or update may have. */
    static final int MAX_LENGTH = EndpointLimits.MAX_REQUEST_BYTES;
    /** The deepest nesting of {@code { } ( ) [ ]} a query may have. */
    static final int MAX_NESTING = 64;

    static final String TOO_DEEP = "The query nests groups, brackets or parentheses more than " + MAX_NESTING
            + " deep; the endpoint accepts at most " + MAX_NESTING + " levels.";

    private QueryText() {
    }

    /** Why {@code text} is refused, or null when it is within the limits. */
    static String problem(String text) {
        if (text.length() > MAX_LENGTH) {
            return "The query has " + text.length() + " characters; the endpoint accepts at most " + MAX_LENGTH
                    + ". Download a dump for work on the whole dataset.";
        }
        return nesting(text) > MAX_NESTING ? TOO_DEEP : null;
    }

    /** The deepest nesting of brackets outside strings, IRIs and comments. */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            switch (c) {
                case '{', '(', '[' -> deepest = Math.max(deepest, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> i = endOfLine(text, i);
                case '"', '\'' -> i = endOfString(text, i);
                case '<' -> i = endOfIri(text, i);
                default -> {
                }
            }
            i++;
        }
        return deepest;
    }

    private static int endOfLine(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** The index of the quote closing the string opened at {@code at} (short or long form). */
    private static int endOfString(String text, int at) {
        char quote = text.charAt(at);
        String delimiter = text.startsWith(String.valueOf(quote).repeat(3), at) ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int i = at + delimiter.length();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (text.startsWith(delimiter, i)) {
                return i + delimiter.length() - 1;
            } else if (delimiter.length() == 1 && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The end of an IRI opened at {@code at}, or {@code at} itself when this {@code <} is "less than". */
    private static int endOfIri(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return at;
            }
        }
        return at;
    }
}
