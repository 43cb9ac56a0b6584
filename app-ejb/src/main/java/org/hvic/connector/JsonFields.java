package org.hvic.connector;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tolerant reading of {@code ConvertTo-Json} output: a single object where an array is expected, nulls, numbers as text. */
final class JsonFields {

    /** Looked up once: {@code Json.createReader} searches the service providers on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());


    private JsonFields() {
    }

    /** The objects of a JSON array, a single object as a list of one, blank text as an empty list. */
    static List<JsonObject> objects(String json) {
        String text = json.strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        JsonStructure structure;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            structure = reader.read();
        } catch (JsonException e) {
            throw new MalformedOutputException("not JSON: " + abbreviate(text), e);
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue value : structure instanceof JsonArray array ? array : List.<JsonValue>of(structure)) {
            if (value instanceof JsonObject object) {
                objects.add(object);
            }
        }
        return objects;
    }

    /** A member as text: strings as they are, numbers and booleans as written, null or missing as null. */
    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    static int integer(JsonObject object, String name, int fallback) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.intValue();
        }
        String text = string(object, name);
        return text != null && text.strip().matches("-?\\d{1,9}") ? Integer.parseInt(text.strip()) : fallback;
    }

    static boolean bool(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == JsonValue.TRUE || value instanceof JsonString string && "true".equalsIgnoreCase(string.getString());
    }

    /**
     * A coded enum or an array of them as their codes: numbers as they are, names through {@code type}; values that
     * match nothing are skipped.
     */
    static <E extends Enum<E> & CodedEnum> List<Integer> codes(JsonObject object, String name, Class<E> type,
                                                               E unknown) {
        List<Integer> codes = new ArrayList<>();
        for (JsonValue value : values(object.get(name))) {
            if (value instanceof JsonNumber number) {
                codes.add(number.intValue());
            } else {
                E constant = CodedEnum.parse(type, value, unknown);
                if (constant != unknown) {
                    codes.add(constant.code());
                }
            }
        }
        return List.copyOf(codes);
    }

    /** A string or an array of strings as a list; nulls are skipped. */
    static List<String> strings(JsonObject object, String name) {
        List<String> texts = new ArrayList<>();
        for (JsonValue value : values(object.get(name))) {
            if (value instanceof JsonString string) {
                texts.add(string.getString());
            }
        }
        return List.copyOf(texts);
    }

    private static List<JsonValue> values(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
