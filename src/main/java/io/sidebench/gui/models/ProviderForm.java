package io.sidebench.gui.models;

import io.sidebench.logic.providers.catalogue.ProviderPreset;
import javafx.beans.Observable;
import java.util.Map;

/**
 * The settings one enterprise provider needs on top of the add-model form's base URL, model and key
 * variable (Azure's api-version and auth, Bedrock's region, Vertex's project and location), their
 * validation, and where its credentials were found. One small class per provider.
 */
interface ProviderForm {
    /** The properties {@link #validate} and {@link #credentialStatus} read. */
    Observable[] dependencies();

    /** Fills the defaults (from the preset, or {@code null} for a custom source) and the environment. */
    void apply(ProviderPreset preset);

    /**
     * The first problem, in the user's words, or "".
     *
     * @param url   the base URL field (stripped)
     * @param model the model field (stripped)
     * @param key   the key variable field (stripped)
     */
    String validate(String url, String model, String key);

    /** The provider options stored with the model (never a secret). */
    Map<String, String> options();

    /** Where the credentials come from, or why none were found; never a secret. */
    String credentialStatus(String key);

    /** The key variable to store, or null when the provider takes none (the form's field is then hidden). */
    String keyVariable(String key);

    /** The base URL to store ({@code null}: the provider's standard endpoint). */
    default String baseUrl(String url) {
        return url.isEmpty() ? null : url;
    }
}
