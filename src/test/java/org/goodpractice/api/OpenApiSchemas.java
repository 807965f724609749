package org.goodpractice.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document read and validated by swagger-parser, and a check of JSON bodies against
 * its schemas: the types (3.1 type lists with null), required properties, enums and consts,
 * through $refs, arrays and nested objects. That is all the document's schemas use.
 */
final class OpenApiSchemas {
    private final Map<String, Schema> components;

    private OpenApiSchemas(Map<String, Schema> components) {
        this.components = components;
    }

    /** Parses the document; fails the test on any message of swagger-parser's validation. */
    static OpenApiSchemas read(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "swagger-parser messages");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api, "swagger-parser read no document");
        assertEquals("3.1.0", api.getOpenapi());
        return new OpenApiSchemas(api.getComponents().getSchemas());
    }

    /** Fails when {@code json} does not fit the component schema {@code name}. */
    void check(String name, JsonElement json) {
        check(component(name), json, name);
    }

    private Schema component(String name) {
        Schema schema = components.get(name);
        if (schema == null) {
            fail("The OpenAPI document has no schema " + name);
        }
        return schema;
    }

    private void check(Schema schema, JsonElement json, String at) {
        if (schema.get$ref() != null) {
            check(component(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), json, at);
            return;
        }
        Set<String> types = schema.getTypes();
        String actual = type(json);
        if (types != null && !types.isEmpty() && !types.contains(actual)
                && !(actual.equals("integer") && types.contains("number"))) {
            fail(at + ": expected " + types + ", found " + actual + " " + json);
        }
        if (json.isJsonNull()) {
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().noneMatch(e -> String.valueOf(e).equals(json.getAsString()))) {
            fail(at + ": " + json + " is not one of " + schema.getEnum());
        }
        if (schema.getConst() != null && !String.valueOf(schema.getConst()).equals(json.getAsString())) {
            fail(at + ": " + json + " is not " + schema.getConst());
        }
        if (json.isJsonObject()) {
            JsonObject object = json.getAsJsonObject();
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            required.stream().filter(p -> !object.has(p)).findFirst().ifPresent(p -> fail(at + ": " + p + " is missing"));
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            object.entrySet().forEach(e -> {
                Schema property = properties.get(e.getKey());
                if (property == null) {
                    fail(at + ": " + e.getKey() + " is not in the schema");
                }
                check(property, e.getValue(), at + "." + e.getKey());
            });
        } else if (json.isJsonArray() && schema.getItems() != null) {
            int i = 0;
            for (JsonElement item : json.getAsJsonArray()) {
                check(schema.getItems(), item, at + "[" + i++ + "]");
            }
        }
    }

    private static String type(JsonElement json) {
        if (json.isJsonNull()) {
            return "null";
        }
        if (json.isJsonObject()) {
            return "object";
        }
        if (json.isJsonArray()) {
            return "array";
        }
        var primitive = json.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "boolean";
        }
        if (primitive.isNumber()) {
            return primitive.getAsString().matches("-?\\d+") ? "integer" : "number";
        }
        return "string";
    }
}
