package org.goodpractice.ingest.interregeurope;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
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
 * A date of the Policy Learning Platform's timescale, as precise as it was written: a month
 * ({@code 03/2017}, {@code March 2017}, {@code 2017-03}) stays a month ({@code xsd:gYearMonth}), a day
 * ({@code 15/03/2017}, {@code 15 March 2017}, {@code 2017-03-15}) a day ({@code xsd:date}).
 *
 * <pre>
 * PlatformDate start = PlatformDate.parse("March 2017", file, 12, "Start date"); // 2017-03, month precision
 * </pre>
 */
record PlatformDate(YearMonth month, LocalDate day) {
    private static final Pattern MONTH_SLASH = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DAY_SLASH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:(\\d{1,2})\\s+)?(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final String EXAMPLES = "write a month as 03/2017, March 2017 or 2017-03, a day as 15/03/2017 or 2017-03-15";

    /** Reads {@code text}, refusing what is no real month or day with the file, line and field. */
    static PlatformDate parse(String text, Path file, int line, String field) {
        String t = text.strip();
        Matcher m;
        try {
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
        return new PlatformDate(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)), null);
    }

    private static PlatformDate day(String year, String month, String day) {
        return new PlatformDate(null, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    }

    private static Optional<Month> monthNamed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(Month.values()).filter(mo -> {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            return full.equals(w) || w.length() >= 3 && full.startsWith(w);
        }).findFirst();
    }

    /** The first day the date covers. */
    LocalDate first() {
        return day != null ? day : month.atDay(1);
    }

    /** The last day the date covers. */
    LocalDate last() {
        return day != null ? day : month.atEndOfMonth();
    }

    /** As written to RDF: {@code xsd:gYearMonth} for a month, {@code xsd:date} for a day. */
    Literal literal(Model m) {
        return day != null ? m.createTypedLiteral(day.toString(), XSDDatatype.XSDdate)
                : m.createTypedLiteral(month.toString(), XSDDatatype.XSDgYearMonth);
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : month.toString();
    }
}
