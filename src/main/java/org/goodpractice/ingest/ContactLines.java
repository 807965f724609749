package org.goodpractice.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the contact person from the contact organisation in an annex's contact section. Annexes
 * give the person first and the organisation second, but either may be missing, so a single
 * line is classified by its shape.
 */
final class ContactLines {
    private static final Pattern ORGANISATION_WORDS = Pattern.compile("(?i).*\\b(university|universit\\p{L}*|council|"
            + "agency|agence|agencia|park|ltd|limited|gmbh|s\\.?a\\.?|s\\.?p\\.?a\\.?|b\\.?v\\.?|inc|institute|institut\\p{L}*|"
            + "centre|center|centro|centrum|association|chamber|foundation|fundaci\\p{L}*|stiftung|region\\p{L}*|ministry|"
            + "office|department|authority|network|company|municipality|city|county|province|provincia|"
            + "government|board|service|services|trust|cluster|bureau|kommune|gemeente|comune)\\b.*");
    private static final Pattern ACRONYM = Pattern.compile(".*\\([\\p{Lu}\\d&-]{2,}\\).*|[\\p{Lu}\\d&-]{2,}");
    private static final int MAX_WORDS_IN_A_NAME = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ContactLines() {
    }

    static String person(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        String first = lines.get(0);
        return lines.size() == 1 && looksLikeOrganisation(first) ? null : first;
    }

    static String organisation(List<String> lines) {
        if (lines.size() >= 2) {
            return lines.get(1);
        }
        return lines.size() == 1 && looksLikeOrganisation(lines.get(0)) ? lines.get(0) : null;
    }

    private static boolean looksLikeOrganisation(String line) {
        return ORGANISATION_WORDS.matcher(line).matches() || ACRONYM.matcher(line).matches()
                || SPACES.split(line.strip()).length > MAX_WORDS_IN_A_NAME;
    }
}
