package org.goodpractice.ingest.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.SourceText;

/**
 * Parses a case-study article saved from a blog page: the headline first, a "Posted in:" line of
 * categories, body paragraphs, image captions (a short alt text followed by the caption that
 * repeats it, or a line written twice) and, at the end, bio sentences naming the authors. Page
 * chrome such as the repeated "Posted in" line, comment-form hints ("(we won't publish this)")
 * and "Write a response" is dropped.
 *
 * <pre>
 * Article article = new ArticleParser().parse(SourceText.read(file));
 * </pre>
 */
public final class ArticleParser {
    private static final Pattern POSTED_IN = Pattern.compile("(?i)posted in\\s*:\\s*(.*)");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(•\\s*)?(\\(we won'?’?t publish this\\)|write a response.*|leave a (reply|comment).*|"
                    + "share this( page| article)?:?|tags?:.*|comments? \\(\\d+\\)|\\d+ comments?|"
                    + "(name|email|comment)\\s*\\*?|submit( comment)?|subscribe.*|related posts:?)");
    private static final int MAX_CAPTION_WORDS = 25;
    /** Longest headline accepted; real ones are under a hundred characters. */
    public static final int MAX_HEADLINE_CHARS = 300;

    /** True when the text has the shape of a blog article: a "Posted in:" line of categories. */
    public static boolean looksLikeArticle(SourceText source) {
        return source.lines().stream().anyMatch(l -> POSTED_IN.matcher(clean(l)).matches());
    }

    /** Parses one article; throws {@link RecordException} when it has no headline or no body. */
    public Article parse(SourceText source) {
        List<String> lines = source.lines().stream().map(ArticleParser::clean).toList();
        int first = firstNonBlank(lines, 0);
        String headline = lines.get(first);
        if (POSTED_IN.matcher(headline).matches() || CHROME.matcher(headline).matches()) {
            throw new RecordException(source.file(), first + 1, "Headline",
                    "missing: the first line must be the article's headline, found " + RecordException.shown(headline));
        }
        if (headline.length() > MAX_HEADLINE_CHARS) {
            throw new RecordException(source.file(), first + 1, "Headline", String.format(Locale.ROOT,
                    "%s is %,d characters long; a headline is at most %d", RecordException.shown(headline),
                    headline.length(), MAX_HEADLINE_CHARS));
        }
        Set<String> categories = new LinkedHashSet<>();
        List<String> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            var posted = POSTED_IN.matcher(line);
            if (posted.matches()) {
                Arrays.stream(posted.group(1).split(",")).map(String::strip).filter(c -> !c.isEmpty())
                        .forEach(categories::add);
            } else if (!line.isEmpty() && !CHROME.matcher(line).matches()) {
                blocks.add(line);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            String line = blocks.get(i);
            String next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next != null && isCaptionPair(line, next)) {
                captions.add(next);
                i++;
            } else {
                body.add(line);
            }
        }
        List<Article.Author> authors = new ArrayList<>();
        while (!body.isEmpty()) {
            List<Article.Author> bio = AuthorBios.parse(body.get(body.size() - 1));
            if (bio.isEmpty()) {
                break;
            }
            authors.addAll(0, bio);
            body.remove(body.size() - 1);
        }
        if (body.isEmpty()) {
            throw new RecordException(source.file(), first + 1, "Body", "the article has a headline but no text");
        }
        return new Article(Iris.slug(headline), headline, List.copyOf(categories), body, captions, authors);
    }

    /** An image's alt text followed by its caption, which repeats it (possibly extended). */
    private static boolean isCaptionPair(String line, String next) {
        String a = line.toLowerCase(Locale.ROOT);
        String b = next.toLowerCase(Locale.ROOT);
        return words(next) <= MAX_CAPTION_WORDS && (a.equals(b) || (b.startsWith(a) && !a.endsWith(".")));
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        throw new IllegalStateException("SourceText guarantees a non-blank line");
    }

    /** Non-breaking and repeated spaces, as pasted from web pages, become single spaces. */
    private static String clean(String line) {
        return line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
