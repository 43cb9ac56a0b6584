package org.hvic.compliance.rules;

import java.util.List;

/** A text from the compliance bundle ({@code org/hvic/compliance/messages}) with its arguments. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
