package io.sidebench.logic.providers.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A Microsoft Entra ID (Azure AD) bearer token for Azure OpenAI: from a variable (environment or
 * credentials file), or printed by a command such as
 * {@code az account get-access-token --resource https://cognitiveservices.azure.com --query accessToken -o tsv}.
 * The token is read when a run starts, kept in memory only, and never shown: a failing command is
 * reported by its exit code, not its output.
 */
public final class EntraTokenSource {
    public static final String DEFAULT_TOKEN_ENV = "AZURE_OPENAI_AD_TOKEN";
    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);

    private EntraTokenSource() {
    }

    /**
     * @param tokenEnv     the variable holding the token, or null
     * @param tokenCommand the command printing it, or null (used when {@code tokenEnv} is null)
     */
    public static String token(String modelName, String tokenEnv, String tokenCommand, ApiKeyResolver keys) {
        if (tokenCommand != null && !tokenCommand.isBlank() && (tokenEnv == null || tokenEnv.isBlank())) {
            return fromCommand(modelName, tokenCommand);
        }
        return keys.require(modelName, tokenEnv == null || tokenEnv.isBlank() ? DEFAULT_TOKEN_ENV : tokenEnv);
    }

    static String fromCommand(String modelName, String command) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        ProcessBuilder builder = new ProcessBuilder(windows ? List.of("cmd", "/c", command) : List.of("sh", "-c", command))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (!process.waitFor(COMMAND_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalArgumentException("model '" + modelName + "': the token command did not finish in "
                        + COMMAND_LIMIT.toSeconds() + " s");
            }
            String token = new String(out, StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0 || token.isEmpty() || token.contains("\n")) {
                throw new IllegalArgumentException("model '" + modelName + "': the token command "
                        + (process.exitValue() != 0 ? "failed (exit code " + process.exitValue() + ")"
                        : "printed no single-line token") + "; run it yourself to see why");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalArgumentException("model '" + modelName + "': cannot run the token command: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("model '" + modelName + "': interrupted while getting a token", e);
        }
    }
}
