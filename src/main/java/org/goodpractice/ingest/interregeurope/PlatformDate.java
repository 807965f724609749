package org.goodpractice.ingest.interregeurope;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.goodpractice.ingest.RecordException;

/**
 * A date of the Policy Learning Platform's timescale (or a spreadsheet's), as precise as it was
 * written: a year ({@code 2017}) stays a year ({@code xsd:gYear}), a month ({@code 03/2017},
 * {@code March 2017}, {@code 2017-03}) a month ({@code xsd:gYearMonth}), a day ({@code 15/03/2017},
 * {@code 15 March 2017}, {@code 2017-03-15}) a day ({@code xsd:date}). Exactly one part is set.
 *
 * <pre>
 * PlatformDate start = PlatformDate.parse("March 2017", file, 12, "Start date"); // 2017-03, month precision
 * </pre>
 */
public record PlatformDate(Year year, YearMonth month, LocalDate day) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_SLASH = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DAY_SLASH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:(\\d{1,2})\\s+)?(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final String EXAMPLES = "write a year as 2017, a month as 2017-03, 03/2017 or March 2017, "
            + "a day as 2017-03-15 or 15/03/2017";

    /** Reads {@code text}, refusing what is no real month or day with the file, line and field. */
    public static PlatformDate parse(String text, Path file, int line, String field) {
        String t = text.strip();
        Matcher m;
        try {
            if (YEAR.matcher(t).matches()) {
                return new PlatformDate(Year.of(Integer.parseInt(t)), null, null);
            }
            if ((m = DAY_SLASH.matcher(t)).matches()) {
                return day(m.group(3), m.group(2), m.group(1));
            }
            if ((m = ISO_DAY.matcher(t)).matches()) {
                return day(m.group(1), m.group(2), m.group(3));
            }
            if ((m = MONTH_SLASH.matcher(t)).matches()) {
                return month(m.group(2), m.group(1));
            }
            if ((m = ISO_MONTH.matcher(t)).matches()) {
                return month(m.group(1), m.group(2));
            }
            if ((m = NAMED_MONTH.matcher(t)).matches()) {
                Month named = monthNamed(m.group(2)).orElseThrow(() -> new RecordException(file, line, field,
                        RecordException.shown(t) + " names no month; " + EXAMPLES));
                return m.group(1) == null ? month(m.group(3), String.valueOf(named.getValue()))
                        : day(m.group(3), String.valueOf(named.getValue()), m.group(1));
            }
        } catch (DateTimeException e) {
            throw new RecordException(file, line, field,
                    RecordException.shown(t) + " is not a real calendar date (" + e.getMessage() + ")");
        }
        throw new RecordException(file, line, field, RecordException.shown(t) + " is not a date; " + EXAMPLES);
    }

    private static PlatformDate month(String year, String month) {
        return new PlatformDate(null, YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)), null);
    }

    private static PlatformDate day(String year, String month, String day) {
        return new PlatformDate(null, null, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    private static Optional<Month> monthNamed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(Month.values()).filter(mo -> {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            return full.equals(w) || w.length() >= 3 && full.startsWith(w);
        }).findFirst();
    }

    /** The first day the date covers. */
    public LocalDate first() {
        return day != null ? day : month != null ? month.atDay(1) : year.atDay(1);
    }

    /** The last day the date covers. */
    public LocalDate last() {
        return day != null ? day : month != null ? month.atEndOfMonth() : year.atMonth(12).atEndOfMonth();
    }

    /** As written to RDF: {@code xsd:gYear} for a year, {@code xsd:gYearMonth} for a month, {@code xsd:date} for a day. */
    public Literal literal(Model m) {
        return day != null ? m.createTypedLiteral(day.toString(), XSDDatatype.XSDdate)
                : month != null ? m.createTypedLiteral(month.toString(), XSDDatatype.XSDgYearMonth)
                : m.createTypedLiteral(year.toString(), XSDDatatype.XSDgYear);
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : month != null ? month.toString() : year.toString();
    }
}
