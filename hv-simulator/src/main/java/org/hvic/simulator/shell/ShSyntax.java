package org.hvic.simulator.shell;

import java.util.List;

/** The syntax tree of the POSIX sh subset: lists of and-or chains of pipelines of simple commands. */
final class ShSyntax {
    private ShSyntax() {
    }

    enum PartKind { LITERAL, SUBSTITUTION, VARIABLE }

    /** A piece of a word; quoted pieces are not field-split. */
    record Part(String text, PartKind kind, boolean quoted) {
    }

    record Word(List<Part> parts) {
    }

    record SimpleCommand(List<Word> words) {
    }

    record Pipeline(List<SimpleCommand> commands) {
    }

    /** Pipelines joined by {@code &&} / {@code ||} (ops.get(i) joins pipeline i and i+1). */
    record AndOr(List<Pipeline> pipelines, List<String> ops) {
    }

    record Script(List<AndOr> items) {
    }
}
