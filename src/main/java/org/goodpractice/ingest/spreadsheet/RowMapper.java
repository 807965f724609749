package org.goodpractice.ingest.spreadsheet;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.ingest.AnnexMapper;
import org.goodpractice.ingest.AnnexParser;
import org.goodpractice.ingest.Iris;
import org.goodpractice.ingest.MappedRecord;
import org.goodpractice.ingest.MappedRecord.Address;
import org.goodpractice.ingest.MappedRecord.Evidence;
import org.goodpractice.ingest.MappedRecord.Part;
import org.goodpractice.ingest.RecordException;
import org.goodpractice.ingest.interregeurope.PlatformTimescale;
import org.goodpractice.ontology.ProgrammeSchemes;
import org.goodpractice.ontology.ProgrammeSchemes.Concept;
import org.goodpractice.vocab.GP;
import org.goodpractice.vocab.Prefixes;

/**
 * Turns one spreadsheet row into the RDF graph of its practice, with the terms an annex (Interreg
 * IVC) or a platform practice (Interreg Europe) uses: the {@code programme} column picks which, and
 * so which scheme {@code theme} and {@code topics} are read in. Dates are read as the platform's are
 * ({@link PlatformTimescale}); the place columns and the evidence are handed over as written, to be
 * resolved after mapping as every record's are. Anything wrong is a
 * {@link RecordException} naming the row's line and the column.
 */
final class RowMapper {
    /** The programme a row names when its {@code programme} cell is empty. */
    static final String DEFAULT_PROGRAMME = "Interreg Europe";
    private static final String INTERREG_EUROPE = "id/concept/programme/interreg-europe";
    private static final String LANG = "en";
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    private final String base;
    private final ProgrammeSchemes schemes;

    RowMapper(String baseUri, ProgrammeSchemes schemes) {
        this.base = requireNonNull(baseUri, "baseUri");
        this.schemes = requireNonNull(schemes, "schemes");
    }

    /** The practice of {@code row}, identified by {@code id}. */
    MappedRecord map(Path file, SpreadsheetRow row, String id) {
        Cells cells = new Cells(file, row);
        String title = cells.title();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.COMMON);
        Resource practice = m.createResource(Iris.practice(base, id), GP.GoodPractice)
                .addProperty(DCTerms.identifier, id)
                .addProperty(DCTerms.title, title, LANG);
        classify(cells, practice);
        Address location = location(cells);
        PlatformTimescale time = PlatformTimescale.of(file, cells.orNull("start_date"), row.line(), "start_date",
                cells.orNull("end_date"), row.line(), "end_date");
        if (time.start() != null) {
            practice.addLiteral(SchemaDO.startDate, time.start().literal(m));
        }
        if (time.end() != null) {
            practice.addLiteral(SchemaDO.endDate, time.end().literal(m));
        }
        text(practice, DCTerms.description, row.cell("description"));
        text(practice, GP.evidenceOfSuccess, row.cell("evidence"));
        contacts(row, practice);
        website(cells, practice);
        String text = title + "\n" + row.cell("description") + "\n" + row.cell("evidence");
        return MappedRecord.of(id, title, Iris.practice(base, id), Iris.practiceGraph(base, id), m, location,
                new Evidence(List.of(row.cell("evidence")), List.of(), row.line(), "evidence"), text);
    }

    /** Interreg Europe: theme and topics are its topics. Interreg IVC: theme is the priority, topics its one sub-theme. */
    private void classify(Cells cells, Resource practice) {
        String programme = cells.row.cell("programme").isEmpty() ? DEFAULT_PROGRAMME : cells.row.cell("programme");
        String key = programme.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        Model m = practice.getModel();
        List<String> topics = cells.list("topics");
        if (key.equals("interreg europe")) {
            practice.addProperty(GP.programme, m.createResource(base + INTERREG_EUROPE));
            List<Concept> concepts = new ArrayList<>();
            if (!cells.row.cell("theme").isEmpty()) {
                concepts.add(interregEuropeTopic(cells, "theme", cells.row.cell("theme")));
            }
            topics.forEach(t -> concepts.add(interregEuropeTopic(cells, "topics", t)));
            if (concepts.isEmpty()) {
                throw cells.refused("topics", "missing: an Interreg Europe practice names at least one of its topics, e.g. "
                        + "\"Greener Europe\" or \"SME competitiveness\"");
            }
            concepts.stream().distinct().forEach(c -> practice.addProperty(GP.programmeTopic, m.createResource(c.iri())));
        } else if (key.equals("interreg ivc") || key.equals("ivc")) {
            practice.addProperty(GP.programme, m.createResource(base + AnnexMapper.PROGRAMME));
            practice.addProperty(GP.priority, m.createResource(priority(cells).iri()));
            if (topics.size() > 1) {
                throw cells.refused("topics", "names " + topics.size() + " sub-themes; an Interreg IVC practice has one");
            }
            topics.forEach(t -> practice.addProperty(GP.subTheme, m.createResource(schemes.subTheme(t).orElseThrow(() ->
                    cells.refused("topics", "unknown Interreg IVC sub-theme " + RecordException.shown(t) + "; expected one of: "
                            + String.join("; ", schemes.subThemeLabels()))).iri())));
        } else {
            throw cells.refused("programme", "unknown programme " + RecordException.shown(programme)
                    + "; expected \"Interreg Europe\" or \"Interreg IVC\" (empty means " + DEFAULT_PROGRAMME + ")");
        }
    }

    private Concept interregEuropeTopic(Cells cells, String column, String text) {
        return schemes.interregEuropeTopic(text).orElseThrow(() -> cells.refused(column, "unknown Interreg Europe topic "
                + RecordException.shown(text) + "; expected one of: " + String.join("; ", schemes.interregEuropeTopicLabels())));
    }

    private Concept priority(Cells cells) {
        String theme = cells.row.cell("theme");
        if (theme.isEmpty()) {
            throw cells.refused("theme", "missing: an Interreg IVC practice names its priority, "
                    + "\"1\" (Innovation and the knowledge economy) or \"2\" (Environment and risk prevention)");
        }
        return schemes.priorityByNumber(theme).or(() -> schemes.priorityByLabel(theme)).orElseThrow(() -> cells.refused("theme",
                "unknown Interreg IVC priority " + RecordException.shown(theme)
                        + "; expected \"1\", \"2\" or their names, e.g. \"Innovation and the knowledge economy\""));
    }

    private static Address location(Cells cells) {
        String country = cells.row.cell("country");
        if (country.isEmpty()) {
            if (!cells.row.cell("region").isEmpty() || !cells.row.cell("city").isEmpty()) {
                throw cells.refused("country", "missing: a row with a region or city names its country too");
            }
            return null;
        }
        return Address.of(cells.written("country"), cells.written("region"), cells.written("city"));
    }

    private void contacts(SpreadsheetRow row, Resource practice) {
        Model m = practice.getModel();
        Resource organisation = null;
        if (!row.cell("contact_organisation").isEmpty()) {
            organisation = m.createResource(Iris.organisation(base, row.cell("contact_organisation")), ORG.Organization)
                    .addProperty(SKOS.prefLabel, row.cell("contact_organisation"), LANG);
            practice.addProperty(GP.contactOrganisation, organisation);
        }
        if (!row.cell("contact_person").isEmpty()) {
            Resource person = m.createResource(Iris.person(base, row.cell("contact_person")), FOAF.Person)
                    .addProperty(FOAF.name, row.cell("contact_person"));
            if (organisation != null) {
                person.addProperty(ORG.memberOf, organisation);
            }
            practice.addProperty(GP.contactPerson, person);
        }
    }

    private static void website(Cells cells, Resource practice) {
        String website = cells.row.cell("website");
        if (website.isEmpty()) {
            return;
        }
        if (!WEB_ADDRESS.matcher(website).matches() || !hasHost(website)) {
            throw cells.refused("website", RecordException.shown(website)
                    + " is not a web address; write it whole, starting with https:// or http://");
        }
        practice.addProperty(SchemaDO.url, practice.getModel().createResource(website));
    }

    private static boolean hasHost(String address) {
        try {
            return new URI(address).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void text(Resource subject, Property property, String text) {
        if (!text.isEmpty()) {
            subject.addProperty(property, text, LANG);
        }
    }

    /** A row's cells with the file and line its refusals name. */
    private record Cells(Path file, SpreadsheetRow row) {
        RecordException refused(String column, String problem) {
            return new RecordException(file, row.line(), column, problem);
        }

        String title() {
            String title = row.cell("title");
            if (title.isEmpty()) {
                throw refused("title", "missing: every row needs the practice's title");
            }
            if (title.length() > AnnexParser.MAX_FIELD_CHARS) {
                throw refused("title", String.format(Locale.ROOT, "%s is %,d characters long; a title is at most %d",
                        RecordException.shown(title), title.length(), AnnexParser.MAX_FIELD_CHARS));
            }
            return title;
        }

        String orNull(String column) {
            return row.cell(column).isEmpty() ? null : row.cell(column);
        }

        Part written(String column) {
            return row.cell(column).isEmpty() ? null : new Part(row.cell(column), row.line(), column);
        }

        /** The parts of a cell separated by ";", empty parts left out. */
        List<String> list(String column) {
            return Arrays.stream(row.cell(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
