package org.goodpractice.ingest;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.Version;
import org.goodpractice.vocab.PROV;
import org.goodpractice.vocab.SPDX;

/**
 * The PROV-O description of a record graph, kept inside the graph itself (about the graph's IRI)
 * so that replacing the graph replaces it: the source file's name and SHA-256, when it was
 * imported, and by which version of the importer.
 */
final class Provenance {
    private Provenance() {
    }

    /** The importer at this version, as a PROV software agent. */
    static String agent(String base) {
        return base + "id/agent/importer/" + Version.current();
    }

    static Model of(String base, String graphIri, Path file, String sha256, Instant when) {
        Model m = ModelFactory.createDefaultModel();
        Literal time = m.createTypedLiteral(when.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        Resource checksum = m.createResource(graphIri + "#sha256", SPDX.Checksum)
                .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                .addProperty(SPDX.checksumValue, sha256);
        Resource source = m.createResource(graphIri + "#source", PROV.Entity)
                .addProperty(SchemaDO.name, file.getFileName().toString())
                .addProperty(SPDX.checksum, checksum);
        Resource agent = m.createResource(agent(base), PROV.SoftwareAgent)
                .addProperty(RDFS.label, "goodpractice importer " + Version.current())
                .addProperty(SchemaDO.softwareVersion, Version.current());
        Resource activity = m.createResource(graphIri + "#import", PROV.Activity)
                .addProperty(PROV.used, source)
                .addProperty(PROV.wasAssociatedWith, agent)
                .addLiteral(PROV.endedAtTime, time);
        m.createResource(graphIri, PROV.Entity)
                .addProperty(PROV.wasDerivedFrom, source)
                .addProperty(PROV.wasGeneratedBy, activity)
                .addLiteral(PROV.generatedAtTime, time);
        return m;
    }

    /**
     * A copy of record graph {@code graphIri}'s content without the times its import was stamped
     * with, so that two imports of the same record compare equal however far apart they ran.
     */
    static Model unstamped(Model content, String graphIri) {
        Model copy = ModelFactory.createDefaultModel().add(content);
        copy.removeAll(copy.createResource(graphIri), PROV.generatedAtTime, null);
        copy.removeAll(copy.createResource(graphIri + "#import"), PROV.endedAtTime, null);
        return copy;
    }

    /** The SHA-256 of {@code bytes}, as lower-case hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
