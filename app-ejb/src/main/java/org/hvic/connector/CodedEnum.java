package org.hvic.connector;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * An enum that PowerShell writes either as a number (Windows PowerShell 5.1 {@code ConvertTo-Json}) or as its name
 * (PowerShell 7 with {@code -EnumsAsStrings}).
 */
interface CodedEnum {

    int code();

    /**
     * The constant of {@code type} for a JSON number (its code) or string (its name, case and underscores ignored),
     * or {@code unknown} when it matches none. An object with a {@code value}/{@code Value} member is read through it.
     */
    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, JsonValue value, E unknown) {
        if (value instanceof JsonObject object) {
            JsonValue inner = object.containsKey("Value") ? object.get("Value") : object.get("value");
            return inner == null ? unknown : parse(type, inner, unknown);
        }
        for (E constant : type.getEnumConstants()) {
            if (matches(constant, value)) {
                return constant;
            }
        }
        return unknown;
    }

    private static <E extends Enum<E> & CodedEnum> boolean matches(E constant, JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.isIntegral() && number.longValue() == constant.code();
        }
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            if (text.matches("-?\\d+")) {
                return Long.parseLong(text) == constant.code();
            }
            return normalize(text).equals(normalize(constant.name()));
        }
        return false;
    }

    private static String normalize(String name) {
        return name.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
