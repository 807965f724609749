package org.goodpractice.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.goodpractice.TestServer;
import org.goodpractice.curation.TdbAccountStore;
import org.goodpractice.history.History;
import org.goodpractice.history.TdbHistory;
import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.ingest.Iris;
import org.goodpractice.vocab.GP;
import org.goodpractice.web.HtmlChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing a published practice over HTTP: an imported annex edited by a reviewer becomes a new
 * version written as an import writes it; a preview writes nothing; a save over a newer version is a
 * 409 conflict that keeps what was typed; and every refusal, with every typed value escaped.
 */
class EditTest {
    private static final Pattern BASE = Pattern.compile("name=\"base\" value=\"([0-9]+)\"");
    private static final String SCRIPT = "Vouchers <script>alert(1)</script> for <b>firms</b>";
    private static final String SCRIPT_ESCAPED = "Vouchers &lt;script&gt;alert(1)&lt;/script&gt; for &lt;b&gt;firms&lt;/b&gt;";

    @TempDir
    static Path dir;
    private static CurationSite curation;
    private static TestServer site;
    private static TdbHistory history;
    private static TdbAccountStore accounts;

    @BeforeAll
    static void start() throws Exception {
        curation = CurationSite.start(dir, "9903E", "Quillmere business vouchers", 4);
        site = curation.site();
        history = curation.history();
        accounts = curation.accounts();
    }

    @AfterAll
    static void stop() {
        curation.close();
    }

    private static Client signedIn(String name) throws Exception {
        return curation.signedIn(name);
    }

    /** The fields of an edit in the Interreg Europe template, with the form's token, base version and reason. */
    private static Map<String, String> edit(Client client, String base, String title, String... more) {
        Map<String, String> form = client.form("title", title,
                "description", "Small firms buy advice from universities with a voucher.",
                "evidence", "In 2012, 120 firms used a voucher.", "country", "United Kingdom", "city", "Birmingham",
                "start", "2009-01", "topics", "SME competitiveness", "base", base, "why", "clearer wording");
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return form;
    }

    private static void assertValid(String what, HttpResponse<String> page) throws Exception {
        List<String> errors = new HtmlChecker().errors(page.body());
        assertTrue(errors.isEmpty(), () -> what + " is not valid HTML:\n" + String.join("\n", errors));
    }

    private static String base(HttpResponse<String> form) {
        Matcher m = BASE.matcher(form.body());
        assertTrue(m.find(), form.body());
        return m.group(1);
    }

    /** A form value as typed, from the page's escaped attribute or text. */
    private static String unescape(String html) {
        String text = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        text = Pattern.compile("&#([0-9]+);").matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String record(String id) {
        return curation.record(id);
    }

    private static String page(String id) throws Exception {
        return new Client(site).get("practice/" + id).body();
    }

    @Test
    void aReviewerEditsAnImportedAnnexIntoANewVersion() throws Exception {
        assertFalse(page("9903E1").contains("/practice/9903E1/edit"), "no Edit link for a visitor");
        Client rita = signedIn("rita");
        assertTrue(rita.get("practice/9903E1").body().contains("href=\"/practice/9903E1/edit\">Edit</a>"), "Edit link for a reviewer");
        HttpResponse<String> form = rita.get("practice/9903E1/edit");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("value=\"Quillmere business vouchers 1\""), "pre-filled from the stored record");
        assertTrue(form.body().contains("name=\"why\"") && form.body().contains("id=\"f-priority\" name=\"priority\" type=\"text\" "
                + "value=\"Innovation and the knowledge economy\""), form.body());
        assertFalse(form.body().contains("has no field for"), "nothing is lost, so nothing to warn of");
        assertValid("the edit form", form);

        HttpResponse<String> saved = rita.post("practice/9903E1/edit", edit(rita, base(form), "Quillmere vouchers, edited"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(page("9903E1").contains("<h1>Quillmere vouchers, edited</h1>"));
        List<History.Version> versions = history.versions(record("9903E1"));
        assertEquals(1, versions.size());
        assertEquals("rita", versions.get(0).change().who());
        assertEquals("clearer wording", versions.get(0).change().why());
        assertTrue(site.get("practice/9903E1/history", "text/html").statusCode() == 200);
        String found = "";
        for (int i = 0; i < 50 && !found.contains("Quillmere vouchers, edited"); i++) {
            found = new Client(site).get("search?q=quillmere+edited").body();
            if (!found.contains("Quillmere vouchers, edited")) {
                Thread.sleep(100);
            }
        }
        assertTrue(found.contains("Quillmere vouchers, edited"), "the search index follows the edit");
    }

    @Test
    void anEditedAnnexKeepsItsPrioritySubThemeAndCompletionDate() throws Exception {
        String annex = Files.readString(Path.of("data/annex/0298C1.txt"));
        Path file = Files.writeString(dir.resolve("9903F1.txt"), "Quillmere annex kept"
                + annex.substring(annex.indexOf('\n')).replace("Index: 0298C1", "Index: 9903F1"));
        assertTrue(new Importer(site.store(), site.base()).history(history).importFile(file) instanceof ImportOutcome.Imported);
        Client rita = signedIn("rita");
        String form = rita.get("practice/9903F1/edit").body();
        Map<String, String> annexFields = new LinkedHashMap<>();
        for (String name : List.of("priority", "subTheme", "annexCompleted", "description", "evidence", "ownerOrganisation",
                "ownerContact", "country", "city", "start", "end")) {
            Matcher m = Pattern.compile("id=\"f-" + name + "\" name=\"" + name + "\"(?: type=\"text\" value=\"([^\"]*)\"|[^>]*>([^<]*)</textarea>)",
                    Pattern.DOTALL).matcher(form);
            if (m.find()) {
                annexFields.put(name, unescape(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        assertEquals("2010-06-30", annexFields.get("annexCompleted"), form);
        Map<String, String> post = rita.form("title", "Quillmere annex, edited", "base", base(rita.get("practice/9903F1/edit")),
                "why", "a better title");
        post.putAll(annexFields);
        HttpResponse<String> saved = rita.post("practice/9903F1/edit", post);
        assertEquals(303, saved.statusCode(), saved.body());

        String graph = Iris.practiceGraph(site.base(), "9903F1");
        Model stored = site.store().construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"));
        Resource practice = stored.createResource(record("9903F1"));
        assertEquals("Quillmere annex, edited", practice.getProperty(DCTerms.title).getString());
        assertEquals(site.base() + "id/concept/interreg-ivc/priority/1", practice.getPropertyResourceValue(GP.priority).getURI());
        assertEquals(site.base() + "id/concept/interreg-ivc/sub-theme/innovation-research-technology-development",
                practice.getPropertyResourceValue(GP.subTheme).getURI());
        assertEquals("2010-06-30", practice.getProperty(GP.annexCompleted).getLiteral().getLexicalForm());
        assertEquals(site.base() + "id/concept/programme/interreg-ivc", practice.getPropertyResourceValue(GP.programme).getURI());
        List<History.Version> versions = history.versions(record("9903F1"));
        assertEquals(2, versions.size());
        assertEquals("rita", versions.get(0).change().who());
    }

    @Test
    void theOwnersCountryOfAnInterregEuropePracticeIsPreFilled() throws Exception {
        ImportOutcome imported = new Importer(site.store(), site.base())
                .importFile(Path.of("data/interreg-europe/helsinki-one-stop-shop.txt"));
        String id = imported instanceof ImportOutcome.Unchanged u ? u.id() : ((ImportOutcome.Imported) imported).id();
        String form = signedIn("rita").get("practice/" + id + "/edit").body();
        assertTrue(form.contains("id=\"f-ownerCountry\" name=\"ownerCountry\" type=\"text\" value=\"Finland\""), form);
        assertFalse(form.contains("id=\"f-priority\""), "no annex field for a practice without one");
    }

    @Test
    void refusalsWriteNothing() throws Exception {
        Client jan = signedIn("jan");
        assertEquals(403, jan.get("practice/9903E2/edit").statusCode(), "a contributor does not edit a published practice");
        assertEquals(403, jan.post("practice/9903E2/edit", edit(jan, "1", "Taken over")).statusCode());
        assertEquals(303, new Client(site).get("practice/9903E2/edit").statusCode(), "sign in first");
        Client rita = signedIn("rita");
        String base = base(rita.get("practice/9903E2/edit"));
        assertEquals(404, rita.get("practice/no-such-practice/edit").statusCode());
        assertEquals(404, rita.get("practice/bad%3Cid%3E/edit").statusCode());
        assertEquals(404, rita.post("practice/no-such-practice/edit", edit(rita, base, "x")).statusCode());
        Map<String, String> noToken = edit(rita, base, "Without a token");
        noToken.remove("csrf");
        assertEquals(403, rita.post("practice/9903E2/edit", noToken).statusCode());
        HttpResponse<String> huge = rita.post("practice/9903E2/edit", edit(rita, base, "Huge", "description", "x".repeat(20_001)));
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("20,001 characters; this field is at most 20,000"), huge.body());
        HttpResponse<String> longWhy = rita.post("practice/9903E2/edit", edit(rita, base, "Long reason", "why", "y".repeat(301)));
        assertEquals(413, longWhy.statusCode());
        assertTrue(longWhy.body().contains("id=\"f-why-error\""), longWhy.body());
        HttpResponse<String> bad = rita.post("practice/9903E2/edit", edit(rita, base, "Ends early", "end", "2008-01"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("id=\"f-end-error\"") && bad.body().contains("value=\"Ends early\""), bad.body());
        assertEquals(400, rita.post("practice/9903E2/edit", edit(rita, "not-a-version", "No base")).statusCode());
        assertTrue(history.versions(record("9903E2")).isEmpty(), "nothing written");
        assertTrue(page("9903E2").contains("<h1>Quillmere business vouchers 2</h1>"));
    }

    @Test
    void aPreviewShowsThePageEscapedAndWritesNothing() throws Exception {
        Client rita = signedIn("rita");
        String base = base(rita.get("practice/9903E3/edit"));
        Map<String, String> form = edit(rita, base, SCRIPT, "preview", "1");
        HttpResponse<String> preview = rita.post("practice/9903E3/edit", form);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("<strong>Preview</strong>") && preview.body().contains("<h1>" + SCRIPT_ESCAPED + "</h1>"),
                preview.body());
        assertFalse(preview.body().contains("<script>alert") || preview.body().contains("<b>firms"), "escaped");
        assertValid("the preview", preview);
        assertTrue(preview.body().contains("name=\"title\" value=\"" + SCRIPT_ESCAPED + "\"")
                && preview.body().contains("name=\"base\" value=\"" + base + "\""), "what was typed goes back to the form");
        assertTrue(history.versions(record("9903E3")).isEmpty() && page("9903E3").contains("Quillmere business vouchers 3"),
                "nothing written");
        form.remove("preview");
        form.put("back", "1");
        HttpResponse<String> back = rita.post("practice/9903E3/edit", form);
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("id=\"f-title\" name=\"title\" type=\"text\" value=\"" + SCRIPT_ESCAPED + "\""), back.body());

        form.remove("back");
        assertEquals(303, rita.post("practice/9903E3/edit", form).statusCode());
        String edit = rita.get("practice/9903E3/edit").body();
        assertTrue(edit.contains("value=\"" + SCRIPT_ESCAPED + "\"") && !edit.contains("<script>alert"), edit);

        Client jan = signedIn("jan");
        int submissions = accounts.submissions().list().size();
        HttpResponse<String> submitted = jan.post("submit", jan.form("title", "Quillmere submitted <script>x</script>",
                "description", "A practice.", "topics", "SME competitiveness", "preview", "1"));
        assertEquals(200, submitted.statusCode());
        assertTrue(submitted.body().contains("<h1>Quillmere submitted &lt;script&gt;x&lt;/script&gt;</h1>")
                && submitted.body().contains("action=\"/submit\""), submitted.body());
        assertEquals(submissions, accounts.submissions().list().size(), "a preview keeps no submission");
    }

    @Test
    void aSaveOverANewerVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
        Client rita = signedIn("rita");
        Client ada = signedIn("ada");
        String ritaBase = base(rita.get("practice/9903E4/edit"));
        String adaBase = base(ada.get("practice/9903E4/edit"));
        assertEquals(303, ada.post("practice/9903E4/edit", edit(ada, adaBase, "Quillmere vouchers by Ada")).statusCode());

        HttpResponse<String> conflict = rita.post("practice/9903E4/edit", edit(rita, ritaBase, SCRIPT));
        assertEquals(409, conflict.statusCode());
        String body = conflict.body();
        assertTrue(body.contains("someone changed this practice") && body.contains("<td class=\"theirs\">" + SCRIPT_ESCAPED + "</td>")
                && body.contains("<td class=\"current\">Quillmere vouchers by Ada</td>"), body);
        assertTrue(body.contains("id=\"f-title\" name=\"title\" type=\"text\" value=\"" + SCRIPT_ESCAPED + "\""), "typed values kept");
        assertFalse(body.contains("<script>alert"), "escaped");
        assertValid("the conflict page", conflict);
        assertEquals(1, history.versions(record("9903E4")).size(), "the conflict wrote nothing");
        assertTrue(page("9903E4").contains("<h1>Quillmere vouchers by Ada</h1>"));

        String newBase = base(conflict);
        assertTrue(Long.parseLong(newBase) > Long.parseLong(ritaBase));
        assertEquals(303, rita.post("practice/9903E4/edit", edit(rita, newBase, "Quillmere vouchers by Rita")).statusCode(),
                "saved over deliberately after seeing the conflict");
        assertTrue(page("9903E4").contains("<h1>Quillmere vouchers by Rita</h1>"));
        assertEquals(List.of("rita", "ada"), history.versions(record("9903E4")).stream().map(v -> v.change().who()).toList());
    }
}
