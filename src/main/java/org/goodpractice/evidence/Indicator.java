package org.goodpractice.evidence;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A number stated in a record's evidence of success, with what it counts.
 *
 * @param value     the number, scaled ("EUR 18 million" is 18000000)
 * @param qualifier how the number bounds the true value, or null when it is given as exact
 * @param counted   the kind of thing counted, or null when it is not one of {@link Counted}
 * @param unit      what is counted, as written ("new young graduate companies", "per cent", "EUR")
 * @param period    the period the number refers to as an ISO 8601 duration ("P12M"), or null
 * @param phrase    the words the number was read from ("over 500 companies")
 * @param sentence  the sentence it came from
 */
public record Indicator(BigDecimal value, Qualifier qualifier, Counted counted, String unit, String period,
        String phrase, String sentence) {
    public Indicator {
        requireNonNull(value, "value");
        requireNonNull(unit, "unit");
        requireNonNull(phrase, "phrase");
        requireNonNull(sentence, "sentence");
    }

    /** The same indicator, now known to refer to {@code isoPeriod}. */
    Indicator withPeriod(String isoPeriod) {
        return new Indicator(value, qualifier, counted, unit, isoPeriod, phrase, sentence);
    }
}
