package org.goodpractice.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the good-practice ontology, {@code ontology/goodpractice.ttl}.
 * Only terms that no standard vocabulary provides live here.
 */
public final class GP {
    /** The namespace of the ontology's own terms. */
    public static final String NS = "https://w3id.org/goodpractice/ns#";

    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/goodpractice/ns");

    /** A policy, project or initiative recorded as a good practice (e.g. an Interreg IVC annex). */
    public static final Resource GoodPractice = resource("GoodPractice");

    /** A case study: an article or report about how a policy or project worked, such as a blog post. */
    public static final Resource CaseStudy = resource("CaseStudy");

    /** A link between two records that have something in common, with the reasons. */
    public static final Resource Relation = resource("Relation");

    /** A record a relation links (each relation links two). */
    public static final Property relates = property("relates");

    /** Why two records are related, in words, e.g. "shared topic: Clusters". */
    public static final Property reason = property("reason");

    /** A sub-theme inferred for a text by keyword rules, not stated by its source. */
    public static final Property inferredSubTheme = property("inferredSubTheme");

    /** A topic inferred for a text by keyword rules, not stated by its source. */
    public static final Property inferredTopic = property("inferredTopic");

    /** How an inferred statement was reached: a {@link #Classification}. */
    public static final Property classification = property("classification");

    /** The record of one inference: concept, score, matched words and the rule that made it. */
    public static final Resource Classification = resource("Classification");

    /** The concept a classification inferred. */
    public static final Property concept = property("concept");

    /** The strength of an inference, from 0 to 1: the concept's share of all keyword matches. */
    public static final Property score = property("score");

    /** The words that matched in an inference, with their counts, e.g. "SMEs ×9, start-ups ×1". */
    public static final Property matchedWords = property("matchedWords");

    /** Something an article mentions, found by a named rule and kept with its sentence. */
    public static final Resource Mention = resource("Mention");

    /** A {@link #Mention} made by a record. */
    public static final Property mention = property("mention");

    /** What a mention refers to: an organisation, programme or place. */
    public static final Property mentionOf = property("mentionOf");

    /** The text of a mention exactly as written. */
    public static final Property quote = property("quote");

    /** The name of the extraction rule that produced a mention or inference. */
    public static final Property rule = property("rule");

    /** The programme priority under which a practice is recorded; a SKOS concept. */
    public static final Property priority = property("priority");

    /** The programme sub-theme a practice addresses; a SKOS concept narrower than a priority. */
    public static final Property subTheme = property("subTheme");

    /** The record's own account of why the practice is successful, as text. */
    public static final Property evidenceOfSuccess = property("evidenceOfSuccess");

    /** A person to contact for further information on the practice. */
    public static final Property contactPerson = property("contactPerson");

    /** The organisation to contact for further information on the practice. */
    public static final Property contactOrganisation = property("contactOrganisation");

    /** The date the source annex was completed. */
    public static final Property annexCompleted = property("annexCompleted");

    /** The country a practice takes place in: an EU Publications Office country authority IRI. */
    public static final Property country = property("country");

    /** The most precise NUTS region a practice (or a place) is in: a {@code http://data.europa.eu/nuts/code/} IRI. */
    public static final Property region = property("region");

    /**
     * The NUTS version (its concept scheme, {@code http://data.europa.eu/nuts/scheme/2010}) that a record's
     * {@link #region} IRIs are from: NUTS code IRIs carry no version, and a code can name other territory in another.
     */
    public static final Property nutsVersion = property("nutsVersion");

    /** The city or town a practice takes place in, a schema:Place with coordinates. */
    public static final Property locality = property("locality");

    /** The NUTS level (1, 2 or 3) of a NUTS region. */
    public static final Property nutsLevel = property("nutsLevel");

    /** A quantitative indicator (schema:QuantitativeValue) read from the practice's evidence of success. */
    public static final Property indicator = property("indicator");

    /** How the stated value of an indicator bounds the true one: gp:atLeast, gp:atMost, gp:approximately, gp:nearly. */
    public static final Property qualifier = property("qualifier");

    /** The kind of thing an indicator counts: a concept of the indicator scheme. */
    public static final Property counts = property("counts");

    /** The period an indicator refers to, as an xsd:duration ("P12M" for "in 12 months", "P1Y" for "per year"). */
    public static final Property period = property("period");

    /** The sentence of the evidence text an indicator was read from. */
    public static final Property sourceSentence = property("sourceSentence");

    /** The funding programme whose record a practice is, e.g. {@code {base}id/concept/programme/interreg-europe}. */
    public static final Property programme = property("programme");

    /** A programme topic a practice is recorded under (an Interreg Europe topic); a record may state several. */
    public static final Property programmeTopic = property("programmeTopic");

    /** The resources a practice needs, as text. */
    public static final Property resourcesNeeded = property("resourcesNeeded");

    /** The potential for learning or transfer of a practice, as text. */
    public static final Property potentialForTransfer = property("potentialForTransfer");

    /** Where to learn more about a practice, as text. */
    public static final Property furtherInformation = property("furtherInformation");

    /** A platform expert's assessment of a practice: a third party's words, not the owner's. */
    public static final Property expertOpinion = property("expertOpinion");

    /** The organisation that owns a practice. */
    public static final Property owner = property("owner");

    /** The project through which a practice was identified. */
    public static final Property project = property("project");

    private GP() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
