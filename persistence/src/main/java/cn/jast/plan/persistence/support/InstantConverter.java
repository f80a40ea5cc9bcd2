package cn.jast.plan.persistence.support;

import jakarta.persistence.AttributeConverter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Stores an {@link Instant} as fixed-width UTC text, e.g. {@code 2021-05-20T02:00:00.000000000Z}
 * (30 characters, nanoseconds kept). Auto-applied to every {@code Instant} of the unit.
 *
 * <p>Why not {@code TIMESTAMP}: Derby has no {@code TIMESTAMP WITH TIME ZONE}, and JDBC turns an
 * instant into a wall-clock {@code TIMESTAMP} through the JVM's default zone. Such a value moves
 * when the server's zone changes, and an instant in the hour that a daylight-saving change repeats
 * reads back an hour off. The text is exact in every zone, sorts in time order (fixed width), and
 * is the same on Derby and PostgreSQL.
 */
public final class InstantConverter implements AttributeConverter<Instant, String> {
    /** The stored form; every value has exactly this width. */
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : format(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(String dbData) {
        return dbData == null ? null : parse(dbData.trim());
    }

    public static String format(Instant instant) {
        try {
            String text = FORMAT.format(instant);
            if (text.length() != 30) {
                throw new IllegalArgumentException("instant outside the years 0000-9999: " + instant);
            }
            return text;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("instant cannot be stored: " + instant, e);
        }
    }

    public static Instant parse(String text) {
        try {
            return Instant.from(FORMAT.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("stored instant is not in the form " + FORMAT + ": " + text, e);
        }
    }
}
