package io.sidebench.logic.run;

import java.util.Locale;

/**
 * Speed isolation: whether models that could slow each other down are measured one after another. Models
 * that run on this machine (a GGUF file, a server on localhost) share its CPU; models on one endpoint share
 * its server. Isolated models of one group never have requests in flight at the same time.
 */
public enum Isolation {
    /** Models on this machine are measured one at a time; models sharing a remote endpoint share its limit. */
    AUTO,
    /** Also models that share a remote endpoint are measured one at a time. */
    ON,
    /** Every model runs at once (within the endpoint limits). */
    OFF;

    /** The name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Isolation fromId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Isolation i : values()) {
            if (i.id().equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("isolation takes auto, on or off, not '" + text + "'");
    }
}
