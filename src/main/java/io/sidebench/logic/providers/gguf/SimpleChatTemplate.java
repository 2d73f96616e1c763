package io.sidebench.logic.providers.gguf;

import java.util.List;
import java.util.Locale;

/**
 * The chat template used when a GGUF model carries none of its own ({@code tokenizer.chat_template}
 * absent): plain text that any base model can continue, using no special tokens it might lack.
 *
 * <pre>
 * System: {system text}
 *
 * User: {user text}
 *
 * Assistant: {assistant text}
 *
 * User: {user text}
 *
 * Assistant:</pre>
 *
 * <p>The server adds "\nUser:" to the stop strings with this template, so a base model does not go on
 * to write the next user turn itself.
 */
public final class SimpleChatTemplate {
    /** The stop string that keeps a model from writing the user's next turn. */
    public static final String TURN_STOP = "\nUser:";

    private SimpleChatTemplate() {
    }

    public static String apply(List<TextGenerator.Message> messages) {
        StringBuilder prompt = new StringBuilder();
        for (TextGenerator.Message m : messages) {
            String role = m.role() == null ? "user" : m.role().toLowerCase(Locale.ROOT);
            String label = switch (role) {
                case "system", "developer" -> "System";
                case "assistant" -> "Assistant";
                default -> "User";
            };
            prompt.append(label).append(": ").append(m.content() == null ? "" : m.content().strip()).append("\n\n");
        }
        return prompt.append("Assistant:").toString();
    }
}
