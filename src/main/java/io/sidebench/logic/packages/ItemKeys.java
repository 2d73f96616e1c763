package io.sidebench.logic.packages;

import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable, opaque ids of package items and pairs: a hash of natural keys that are the same in every copy of
 * the project file (project identity, run id and creation time, model name, prompt key and ordinal, repeat).
 * The hash hides the model's name from the annotator; the project recomputes it to find the answer again.
 */
public final class ItemKeys {
    private ItemKeys() {
    }

    public static String runKey(Run run) {
        return run.id() + "@" + run.createdAt();
    }

    public static String promptKey(Prompt p) {
        return p.ordinal() + ":" + (p.key() == null ? "" : p.key());
    }

    public static String item(String projectId, Run run, ModelConfig model, Prompt prompt, int repeat) {
        return "i" + hash(projectId, runKey(run), model.name(), promptKey(prompt), Integer.toString(repeat));
    }

    public static String pair(String projectId, String itemA, String itemB) {
        String low = itemA.compareTo(itemB) <= 0 ? itemA : itemB;
        String high = low.equals(itemA) ? itemB : itemA;
        return "p" + hash(projectId, low, high);
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
