package org.goodpractice.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The model of the {@code /api} page: the operations and parameters the OpenAPI document lists, and the document itself. */
final class ApiPage {
    record Parameter(String name, String in, String description) {
    }

    record Operation(String method, String path, String summary, String description, List<Parameter> parameters) {
    }

    private ApiPage() {
    }

    static Map<String, Object> model(String openApi) {
        JsonObject doc = JsonParser.parseString(openApi).getAsJsonObject();
        List<Operation> operations = new ArrayList<>();
        doc.getAsJsonObject("paths").entrySet().forEach(path -> path.getValue().getAsJsonObject().entrySet().forEach(op -> {
            JsonObject o = op.getValue().getAsJsonObject();
            List<Parameter> parameters = new ArrayList<>();
            if (o.has("parameters")) {
                for (JsonElement p : o.getAsJsonArray("parameters")) {
                    JsonObject param = resolve(doc, p.getAsJsonObject());
                    parameters.add(new Parameter(string(param, "name"), string(param, "in"), string(param, "description")));
                }
            }
            operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), string(o, "summary"),
                    string(o, "description"), parameters));
        }));
        JsonObject info = doc.getAsJsonObject("info");
        return Map.of("title", "JSON API", "summary", string(info, "description"), "version", string(info, "version"),
                "operations", operations, "document", openApi);
    }

    /** A parameter given as {@code $ref} to {@code #/components/parameters/NAME}. */
    private static JsonObject resolve(JsonObject doc, JsonObject parameter) {
        if (!parameter.has("$ref")) {
            return parameter;
        }
        String name = parameter.get("$ref").getAsString().substring("#/components/parameters/".length());
        return doc.getAsJsonObject("components").getAsJsonObject("parameters").getAsJsonObject(name);
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsString() : "";
    }
}
