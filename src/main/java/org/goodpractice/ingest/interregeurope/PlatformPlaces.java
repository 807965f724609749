package org.goodpractice.ingest.interregeurope;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goodpractice.ingest.Addresses;
import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ingest.MappedRecord.Part;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformParser.Line;
import org.goodpractice.place.Countries.Country;
import org.goodpractice.place.Gazetteer;

/**
 * The places of a platform practice: its location as written (country, region and city, each
 * labelled; resolved after mapping, as every record's address is) and the country of its owner,
 * looked up as an address's country is.
 *
 * <pre>
 * Address at = new PlatformPlaces(Gazetteer.bundled()).location(file, lines);
 * </pre>
 */
final class PlatformPlaces {
    private static final Map<String, String> LOCATION = new LinkedHashMap<>();

    static {
        LOCATION.put("country", "Country");
        LOCATION.put("region|nuts ?2? region", "Region");
        LOCATION.put("city|town|city/town|municipality", "City");
    }

    /** The owner section as read: any part may be null. */
    record Owner(String organisation, Country country, String contact) {
    }

    private final Addresses addresses;

    PlatformPlaces(Gazetteer gazetteer) {
        this.addresses = new Addresses(requireNonNull(gazetteer, "gazetteer"));
    }

    /** The location as written, or null when the record has none. */
    Address location(Path file, List<Line> lines) {
        Map<String, Line> values = LabelledLines.read(file, lines, LOCATION, "Location");
        Line country = values.get("Country");
        if (country == null) {
            if (!values.isEmpty()) {
                Line any = values.values().iterator().next();
                throw new RecordException(file, any.number(), "Location", "missing: a location names its country, e.g. \"Country: Slovenia\"");
            }
            return null;
        }
        return Address.of(part(country, "Country"), part(values.get("Region"), "Region"), part(values.get("City"), "City"));
    }

    private static Part part(Line line, String field) {
        return line == null ? null : new Part(line.value(), line.number(), field);
    }

    /**
     * The owner section: "Organisation", its name and country on the lines after it, then "Contact"
     * and the person; labels with a colon ("Organisation: …", "Country: …") do as well.
     */
    Owner owner(Path file, List<Line> lines) {
        String organisation = null;
        Country country = null;
        String contact = null;
        String in = null;
        for (Line line : lines) {
            String[] labelled = line.value().split("\\s*:\\s*", 2);
            String label = labelled[0].toLowerCase(java.util.Locale.ROOT);
            String rest = labelled.length == 2 ? labelled[1].strip() : "";
            if (label.matches("organi[sz]ation|owner|organi[sz]ation name")) {
                in = "organisation";
                organisation = rest.isEmpty() ? organisation : rest;
            } else if (label.matches("contact|contact person|contact name")) {
                in = "contact";
                contact = rest.isEmpty() ? contact : rest;
            } else if (label.equals("country") && labelled.length == 2) {
                country = addresses.country(file, new Part(rest, line.number(), "Good practice owner"));
            } else if ("organisation".equals(in) && organisation == null) {
                organisation = line.value();
            } else if ("organisation".equals(in) && country == null) {
                country = addresses.country(file, part(line, "Good practice owner"));
            } else if ("contact".equals(in) && contact == null) {
                contact = line.value();
            } else if (!"contact".equals(in)) {
                // Further contact lines (an e-mail address, a phone number) are not kept; anything else is unexpected.
                throw new RecordException(file, line.number(), "Good practice owner", "expected \"Organisation\", "
                        + "the owner's name and country, then \"Contact\" and a person; found " + RecordException.shown(line.value()));
            }
        }
        return new Owner(organisation, country, contact);
    }
}
