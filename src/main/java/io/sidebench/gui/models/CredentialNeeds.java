package io.sidebench.gui.models;

import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.providers.lc4j.AzureOpenAiClient;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which secrets a model reads from variables (environment or the user's credentials file) when it is
 * called: its API key (a provider's default variable when it names none), Azure's Entra ID token variable,
 * Bedrock's AWS keys, and every gateway header given as {@code env:NAME}. Names only, never values.
 */
final class CredentialNeeds {
    /** What a need is, for its label. */
    enum Kind { API_KEY, ENTRA_TOKEN, AWS_KEY_ID, AWS_SECRET, AWS_SESSION, HEADER }

    /**
     * @param variable the variable's name; {@code null} for a key the model has not named yet
     * @param detail   the header's name for {@link Kind#HEADER}, else null
     * @param optional whether the model works without it (a session token)
     */
    record Need(String variable, Kind kind, String detail, boolean optional) {
    }

    static final String AWS_KEY_ID = "AWS_ACCESS_KEY_ID";
    static final String AWS_SECRET = "AWS_SECRET_ACCESS_KEY";
    static final String AWS_SESSION = "AWS_SESSION_TOKEN";

    private CredentialNeeds() {
    }

    static List<Need> of(ModelConfig m) {
        List<Need> out = new ArrayList<>();
        String key = m.apiKeyEnv() == null || m.apiKeyEnv().isBlank() ? null : m.apiKeyEnv().strip();
        ConnectionSettings c = m.connection();
        switch (m.provider()) {
            case OPENAI_COMPATIBLE -> out.add(new Need(key, Kind.API_KEY, null, key == null));
            case ANTHROPIC -> out.add(new Need(key != null ? key : DefaultModelClientFactory.ANTHROPIC_KEY_ENV,
                    Kind.API_KEY, null, false));
            case GEMINI -> out.add(new Need(key != null ? key : DefaultModelClientFactory.GEMINI_KEY_ENV,
                    Kind.API_KEY, null, false));
            case AZURE_OPENAI -> {
                if ("entra".equalsIgnoreCase(c.option(ConnectionSettings.AUTH_OPTION))) {
                    String token = c.option(ConnectionSettings.TOKEN_ENV_OPTION);
                    if (token != null || c.option(ConnectionSettings.TOKEN_COMMAND_OPTION) == null) {
                        out.add(new Need(token != null ? token : "AZURE_OPENAI_AD_TOKEN", Kind.ENTRA_TOKEN, null, false));
                    }
                } else {
                    out.add(new Need(key != null ? key : AzureOpenAiClient.DEFAULT_KEY_ENV, Kind.API_KEY, null, false));
                }
            }
            case BEDROCK -> {
                out.add(new Need(AWS_KEY_ID, Kind.AWS_KEY_ID, null, false));
                out.add(new Need(AWS_SECRET, Kind.AWS_SECRET, null, false));
                out.add(new Need(AWS_SESSION, Kind.AWS_SESSION, null, true));
            }
            default -> { }
        }
        c.headers().forEach((name, value) -> {
            if (ConnectionSettings.isEnvReference(value)) {
                out.add(new Need(value.substring(ConnectionSettings.ENV_PREFIX.length()), Kind.HEADER, name, false));
            }
        });
        return out;
    }

    /** Whether the model's card offers to enter credentials ("Set key..."). */
    static boolean any(ModelConfig m) {
        return !of(m).isEmpty();
    }

    /** Bedrock reads AWS keys from its chain: the variables are needed only when no profile file supplies them. */
    static boolean isAws(Need n) {
        return n.kind() == Kind.AWS_KEY_ID || n.kind() == Kind.AWS_SECRET || n.kind() == Kind.AWS_SESSION;
    }

    /** True for the need entered in the editor's first, renamable row: the model's own API key. */
    static boolean isMainKey(Need n) {
        return n.kind() == Kind.API_KEY;
    }

}
