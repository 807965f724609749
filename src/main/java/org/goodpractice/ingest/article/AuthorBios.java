package org.goodpractice.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads authors from closing bio sentences such as "Dr Phil Tomlinson is Senior Lecturer
 * (Associate Professor) in Business Economics in our School of Management." or "Anna Kowalska,
 * Jan Nowak and Ewa Wiśniewska are researchers at the Institute of Urban Studies". A paragraph
 * is a bio only if its first sentence has that shape and names a role; its other sentences
 * ("His research interests …") belong to the same authors.
 */
final class AuthorBios {
    private static final String HONORIFIC = "(?:(Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\\.?\\s+)?";
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|van|von|de|da|di|du|le|la)){1,3}";
    private static final Pattern ONE = Pattern.compile(
            HONORIFIC + "(" + NAME + ")\\s+(?:is|was)\\s+(?:also\\s+)?(?:an?\\s+|the\\s+)?(.+)");
    private static final Pattern MANY = Pattern.compile(
            "((?:(?:Dr|Prof|Professor)\\.?\\s+)?" + NAME + "(?:,\\s*(?:(?:Dr|Prof|Professor)\\.?\\s+)?" + NAME
                    + ")*,?\\s+and\\s+(?:(?:Dr|Prof|Professor)\\.?\\s+)?" + NAME + ")\\s+are\\s+(?:also\\s+)?(.+)");
    private static final Pattern NAME_IN_LIST = Pattern.compile(HONORIFIC + "(" + NAME + ")");
    /** A bio names a role; without one, "Birmingham City Council is the owner" would read as an author. */
    private static final Pattern ROLE = Pattern.compile("(?i).*\\b(lecturer|professor|reader|researcher|fellow|"
            + "director|manager|officer|head|student|candidate|consultant|editor|chair|adviser|advisor|analyst|"
            + "economist|engineer|scientist|co-?ordinator|dean|lead|founder|partner|journalist|writer|author)s?\\b.*");
    private static final Pattern AFFILIATION_MARK = Pattern.compile("\\s+(?:in|at|with)\\s+(our\\s+|the\\s+)?");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?:School|Institute|University|Department|"
            + "Centre|Center|Faculty|College|Council|Agency|Unit|Group|Laboratory|Lab|Observatory|Office|Business School)\\b.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private AuthorBios() {
    }

    /** The authors a paragraph describes, or an empty list when it is not a bio. */
    static List<Article.Author> parse(String paragraph) {
        String sentence = SENTENCE_END.split(paragraph)[0];
        List<Article.Author> authors = new ArrayList<>();
        Matcher one = ONE.matcher(sentence);
        Matcher many = MANY.matcher(sentence);
        if (one.matches() && ROLE.matcher(one.group(3)).matches()) {
            String[] role = splitRole(one.group(3));
            authors.add(new Article.Author(one.group(2), one.group(1), role[0], role[1], sentence));
        } else if (many.matches() && ROLE.matcher(many.group(2)).matches()) {
            String[] role = splitRole(many.group(2));
            String jobTitle = role[0].endsWith("s") ? role[0].substring(0, role[0].length() - 1) : role[0];
            Matcher name = NAME_IN_LIST.matcher(many.group(1).replaceAll(",?\\s+and\\s+", ", "));
            while (name.find()) {
                authors.add(new Article.Author(name.group(2), name.group(1), jobTitle, role[1], sentence));
            }
        }
        return authors;
    }

    /**
     * Splits "Senior Lecturer in Business Economics in our School of Management" into job title
     * and affiliation. Job titles contain "in" too, so the affiliation starts at the first
     * "in/at/with" followed by "our", "the" or an organisation word.
     */
    private static String[] splitRole(String text) {
        String role = text.replaceAll("[.\\s]+$", "");
        Matcher mark = AFFILIATION_MARK.matcher(role);
        while (mark.find()) {
            String rest = role.substring(mark.end());
            if (mark.start() > 0 && (mark.group(1) != null || ORGANISATION_WORD.matcher(rest).matches())) {
                return new String[] {capitalise(role.substring(0, mark.start())), rest};
            }
        }
        return new String[] {capitalise(role), null};
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
