package org.goodpractice.w3c;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A W3C test manifest (rdf-tests, SPARQL 1.1 Protocol, Graph Store Protocol, Service Description)
 * read into its entries, in manifest order, with the HTTP exchanges of their {@code mf:action}
 * as the manifests' own comments define them (ht:requests, mf:expectedStatus, mf:expectedBoolean,
 * mf:expectedFormat, mf:expectedLocation, expected response headers and body).
 *
 * <pre>
 * for (Manifest.Entry entry : Manifest.read("w3c/protocol/manifest.ttl").entries()) {
 *     System.out.println(entry.id() + ": " + entry.name());
 * }
 * </pre>
 */
record Manifest(String label, List<Entry> entries) {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    /** One test: its local name, mf:name, required features, the graphs to load first and its requests in order. */
    record Entry(String id, String name, Set<String> requires, Map<String, String> graphData, List<Exchange> exchanges) {
        @Override
        public String toString() {
            return id + ": " + name;
        }
    }

    /** One request and what its response must be. */
    record Exchange(String method, String path, Map<String, String> headers, byte[] body, Expected expected) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase()));
        }
    }

    /** Status classes or codes allowed, and the optional checks of the response. */
    record Expected(List<String> statuses, Boolean bool, String format, Map<String, String> headers, String body, String location) {
        boolean allows(int status) {
            return statuses.stream().anyMatch(s -> Statuses.matches(s, status));
        }
    }

    /** Reads the manifest at {@code resource} (on the test class path), following mf:include. */
    static Manifest read(String resource) {
        String url = Manifest.class.getResource("/" + resource).toString();
        Model model = RDFParser.source(url).toModel();
        Resource manifest = model.listResourcesWithProperty(RDF.type, model.createResource(MF + "Manifest")).next();
        List<Entry> entries = new ArrayList<>();
        Statement included = manifest.getProperty(model.createProperty(MF, "include"));
        if (included != null) {
            for (RDFNode include : included.getObject().as(RDFList.class).asJavaList()) {
                String file = include.asResource().getURI();
                entries.addAll(read(resource.substring(0, resource.lastIndexOf('/') + 1) + file.substring(file.lastIndexOf('/') + 1)).entries());
            }
        }
        Statement listed = manifest.getProperty(model.createProperty(MF, "entries"));
        if (listed != null) {
            for (RDFNode node : listed.getObject().as(RDFList.class).asJavaList()) {
                entries.add(entry(model, node.asResource(), url));
            }
        }
        return new Manifest(manifest.getProperty(RDFS.label).getString(), List.copyOf(entries));
    }

    private static Entry entry(Model model, Resource test, String base) {
        Set<String> requires = new TreeSet<>();
        test.listProperties(model.createProperty(MF, "requires")).forEach(s -> requires.add(s.getResource().getLocalName()));
        Map<String, String> graphData = new LinkedHashMap<>();
        test.listProperties(model.createProperty(UT, "graphData")).forEach(s -> graphData.put(
                s.getResource().getProperty(RDFS.label).getString(),
                s.getResource().getPropertyResourceValue(model.createProperty(UT, "graph")).getURI()));
        List<Exchange> exchanges = new ArrayList<>();
        Resource action = test.getPropertyResourceValue(model.createProperty(MF, "action"));
        if (action != null) {
            Resource requests = action.getPropertyResourceValue(model.createProperty(HT, "requests"));
            for (RDFNode request : requests.as(RDFList.class).asJavaList()) {
                exchanges.add(exchange(model, request.asResource()));
            }
        }
        String id = test.getURI().substring(test.getURI().indexOf('#') + 1);
        return new Entry(id, test.getProperty(model.createProperty(MF, "name")).getString().strip(), requires, graphData, exchanges);
    }

    private static Exchange exchange(Model model, Resource request) {
        Resource response = request.getPropertyResourceValue(ht(model, "resp"));
        List<String> statuses = new ArrayList<>();
        response.listProperties(model.createProperty(MF, "expectedStatus")).forEach(s -> statuses.add(s.getResource().getLocalName()));
        Statement bool = response.getProperty(model.createProperty(MF, "expectedBoolean"));
        Body responseBody = body(model, response);
        Expected expected = new Expected(List.copyOf(statuses), bool == null ? null : bool.getBoolean(),
                string(response, model.createProperty(MF, "expectedFormat")), headers(model, response),
                responseBody == null ? null : responseBody.chars(), string(response, model.createProperty(MF, "expectedLocation")));
        Body requestBody = body(model, request);
        return new Exchange(request.getProperty(ht(model, "methodName")).getString(),
                request.getProperty(ht(model, "absolutePath")).getString(), headers(model, request),
                requestBody == null ? null : requestBody.chars().getBytes(requestBody.charset()), expected);
    }

    private record Body(String chars, Charset charset) {
    }

    private static Body body(Model model, Resource message) {
        Resource body = message.getPropertyResourceValue(ht(model, "body"));
        if (body == null) {
            return null;
        }
        String encoding = string(body, model.createProperty(CNT, "characterEncoding"));
        return new Body(body.getProperty(model.createProperty(CNT, "chars")).getString(),
                encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
    }

    private static Map<String, String> headers(Model model, Resource message) {
        Map<String, String> headers = new LinkedHashMap<>();
        Resource list = message.getPropertyResourceValue(ht(model, "headers"));
        if (list != null && !list.equals(RDF.nil)) {
            for (RDFNode header : list.as(RDFList.class).asJavaList()) {
                headers.put(header.asResource().getProperty(ht(model, "fieldName")).getString().toLowerCase(),
                        header.asResource().getProperty(ht(model, "fieldValue")).getString());
            }
        }
        return headers;
    }

    private static String string(Resource subject, Property property) {
        Statement statement = subject.getProperty(property);
        return statement == null ? null : statement.getString();
    }

    private static Property ht(Model model, String name) {
        return model.createProperty(HT, name);
    }
}
