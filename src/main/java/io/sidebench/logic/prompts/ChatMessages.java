package io.sidebench.logic.prompts;

import io.sidebench.model.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of chat messages ({@code [{role, content}]}, as in OpenAI Evals samples and promptfoo chat
 * prompts) as a prompt: system (and developer) messages form the system message, each user message a
 * turn, and an assistant message the reference of the user turn before it.
 */
final class ChatMessages {
    /** The system message (or null) and the turns. */
    record Conversation(String system, List<Turn> turns) {
    }

    private final NodeValues values;

    ChatMessages(NodeValues values) {
        this.values = values;
    }

    Conversation read(Node messages, String what) throws ImportException {
        if (!(messages instanceof Node.Arr)) {
            throw values.error(messages, what + " must be a list of chat messages, found " + messages.kind());
        }
        StringBuilder system = new StringBuilder();
        List<String> users = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (Node item : ((Node.Arr) messages).items()) {
            Node.Obj m = values.object(item, "each message of " + what);
            Node roleNode = m.get("role");
            if (roleNode == null) {
                throw values.error(m, "a message needs a role (system, user or assistant)");
            }
            String role = values.text(roleNode, "role").strip().toLowerCase(Locale.ROOT);
            Node contentNode = m.get("content");
            if (contentNode == null) {
                throw values.error(m, "a " + role + " message needs content");
            }
            String content = content(contentNode);
            switch (role) {
                case "system":
                case "developer":
                    system.append(system.length() == 0 ? "" : "\n\n").append(content);
                    break;
                case "user":
                    if (content.isBlank()) {
                        throw values.error(contentNode, "empty user message");
                    }
                    users.add(content);
                    refs.add(null);
                    break;
                case "assistant":
                    if (users.isEmpty()) {
                        throw values.error(m, "an assistant message before any user message");
                    }
                    int last = refs.size() - 1;
                    refs.set(last, refs.get(last) == null ? content : refs.get(last) + "\n\n" + content);
                    break;
                default:
                    throw values.error(roleNode, "unsupported message role " + Texts.quote(role)
                            + "; expected system, user or assistant");
            }
        }
        if (users.isEmpty()) {
            throw values.error(messages, what + " has no user message");
        }
        List<Turn> turns = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            turns.add(new Turn(users.get(i), refs.get(i)));
        }
        return new Conversation(system.length() == 0 ? null : system.toString(), turns);
    }

    /** Content as text, or as a list of parts of which the text parts are joined. */
    private String content(Node n) throws ImportException {
        if (n instanceof Node.Arr) {
            StringBuilder out = new StringBuilder();
            for (Node part : ((Node.Arr) n).items()) {
                Node.Obj p = values.object(part, "each content part");
                Node text = p.get("text");
                if (text == null) {
                    throw values.error(p, "only text content parts are supported");
                }
                out.append(out.length() == 0 ? "" : "\n").append(values.text(text, "text"));
            }
            return out.toString();
        }
        return values.text(n, "content");
    }
}
