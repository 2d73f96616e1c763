package io.sidebench.gui.datasets;

import io.sidebench.gui.core.Messages;

/**
 * The answer import's messages in the screen's words: the importers name the command line's options
 * ("--format", "--set", ...) as the fix; the screen names its own boxes instead.
 */
final class GuiAnswerHints {
    private final Messages messages;

    GuiAnswerHints(Messages messages) {
        this.messages = messages;
    }

    String words(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.replace("(--add-missing-prompts adds it)", messages.get("answers.hint.addMissing"))
                .replace("with --add-missing-prompts", messages.get("answers.hint.addMissingWith"))
                .replace("for --model-columns", messages.get("answers.hint.modelColumns"))
                .replace("choose one with --set", messages.get("answers.hint.set"))
                .replace("(sidebench import)", messages.get("answers.hint.importPrompts"))
                .replace("use --format mt-bench-single, mt-bench-pair or arena", messages.get("answers.hint.kind"))
                .replace("use --format with one of", messages.get("answers.hint.format"))
                .replace("; use --format", "; " + messages.get("answers.hint.format"));
    }
}
