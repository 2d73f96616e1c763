package io.sidebench.logic.scoring;

import io.sidebench.model.Assertion;
import io.sidebench.model.Turn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a scorer's inputs; a stored score whose hash still matches is not recomputed. */
public final class InputHash {
    private InputHash() {
    }

    public static String of(String scorerId, String config, ScoringContext context) {
        MessageDigest digest = sha256();
        field(digest, scorerId);
        field(digest, config);
        field(digest, context.answer());
        field(digest, context.prompt().system());
        for (Turn turn : context.prompt().turns()) {
            field(digest, turn.user());
            field(digest, turn.reference());
        }
        for (Assertion assertion : context.prompt().assertions()) {
            field(digest, assertion.type());
            field(digest, assertion.value());
            field(digest, assertion.threshold() == null ? null : assertion.threshold().toString());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so ("ab","c") and ("a","bc") hash differently; null differs from "". */
    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
