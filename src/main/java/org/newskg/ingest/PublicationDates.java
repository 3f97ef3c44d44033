package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date an article states about itself: a "Published/Updated/Posted" line, or a
 * line near the top that is only a date (as news sites and Wikinews print under the headline).
 * Dates elsewhere in the body are events, not the publication date, and are left to SUTime.
 */
public final class PublicationDates {
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern STAMP_LINE = Pattern.compile(
            "^\\s*(published|updated|posted|date|first published)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s*", Pattern.CASE_INSENSITIVE);
    /** How many non-blank lines from the top may hold a bare date line. */
    private static final int TOP_LINES = 4;

    private PublicationDates() {}

    public static Optional<LocalDate> find(String text) {
        String[] lines = text.split("\\R");
        for (String line : lines) {
            if (STAMP_LINE.matcher(line).matches()) {
                Optional<LocalDate> d = parse(line);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        int seen = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (++seen > TOP_LINES) {
                break;
            }
            String bare = WEEKDAY.matcher(l).replaceFirst("");
            Optional<LocalDate> d = parse(bare);
            if (d.isPresent() && bare.length() <= 24) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first date written in {@code s} as "October 28, 2025", "28 Oct 2025" or "2025-10-28". */
    public static Optional<LocalDate> parse(String s) {
        try {
            Matcher m = MDY.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DMY.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();    // "February 31": not a date
        }
        return Optional.empty();
    }

    private static Month month(String abbrev) {
        String a = abbrev.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(a)) {
                return m;
            }
        }
        throw new DateTimeException("no month " + abbrev);
    }
}
