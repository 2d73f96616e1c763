package io.sidebench.cli;

import io.sidebench.logic.providers.check.ConnectionRules;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ProviderKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection options of {@code models add}: gateway headers and query parameters, and Azure's
 * api-version and auth. A header that carries a secret must name its variable ({@code env:VAR}); its value
 * is refused, without being repeated, so it never reaches the project.
 */
final class ConnectionOptions {
    @Option(names = "--header", paramLabel = "NAME=VALUE", description = "an extra HTTP header on every request "
            + "(repeatable); a secret value must be given as env:VAR, the variable holding it")
    List<String> headers = new ArrayList<>();

    @Option(names = "--query", paramLabel = "NAME=VALUE", description = "an extra query parameter on every request "
            + "(repeatable)")
    List<String> query = new ArrayList<>();

    @Option(names = "--api-version", paramLabel = "V", description = "azure-openai: the api-version (default 2024-10-21)")
    String apiVersion;

    @Option(names = "--auth", paramLabel = "key|entra", description = "azure-openai: the key in the api-key header "
            + "(default; --api-key-env, default AZURE_OPENAI_API_KEY) or a Microsoft Entra ID token")
    String auth;

    @Option(names = "--token-env", paramLabel = "VAR", description = "azure-openai with --auth entra: the variable "
            + "holding the token (default AZURE_OPENAI_AD_TOKEN)")
    String tokenEnv;

    @Option(names = "--token-command", paramLabel = "CMD", description = "azure-openai with --auth entra: a command "
            + "printing the token, e.g. \"az account get-access-token --resource https://cognitiveservices.azure.com "
            + "--query accessToken -o tsv\"")
    String tokenCommand;

    @Option(names = "--region", paramLabel = "R", description = "bedrock: the AWS region, e.g. us-east-1 "
            + "(default: AWS_REGION); vertex: the location, e.g. europe-west4 (default us-central1)")
    String region;

    @Option(names = "--project", paramLabel = "ID", description = "vertex: the Google Cloud project "
            + "(default: GOOGLE_CLOUD_PROJECT or the credentials file's project)")
    String project;

    @Option(names = "--vertex-api", paramLabel = "gemini|openai", description = "vertex: gemini (default) or openai "
            + "for partner and open models (Llama, DeepSeek, Qwen...) on Vertex's OpenAI-compatible endpoint")
    String vertexApi;

    @Option(names = "--concurrency", paramLabel = "N", description = "this model's own limit of requests in flight, "
            + "below its endpoint's (run --concurrency); change it later with: models PROJECT concurrency NAME N")
    String concurrency;

    ConnectionSettings settings(ProviderKind kind) {
        Map<String, String> headerMap = new LinkedHashMap<>();
        for (String item : headers) {
            String[] pair = split(item, "--header");
            String name = pair[0];
            String value = pair[1];
            ConnectionRules.header(name, value).ifPresent(problem -> {
                throw switch (problem) {
                    case INVALID_NAME -> new CliException("--header: '" + name + "' is not a valid header name");
                    case RESTRICTED -> new CliException("--header: " + name
                            + " is set by the HTTP client itself and cannot be changed");
                    case LOOKS_SECRET -> new CliException("--header " + name + " looks like a secret: give it as " + name
                            + "=env:VARIABLE (the variable holding it); the value given was not stored");
                    case BAD_VARIABLE -> new CliException("--header " + name + ": env: takes the NAME of an environment "
                            + "variable (like GATEWAY_TOKEN), not the value itself; the value given was not stored");
                };
            });
            headerMap.put(name, value);
        }
        Map<String, String> queryMap = new LinkedHashMap<>();
        for (String item : query) {
            String[] pair = split(item, "--query");
            queryMap.put(pair[0], pair[1]);
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean azureOnly = apiVersion != null || auth != null || tokenEnv != null || tokenCommand != null;
        if (azureOnly && kind != ProviderKind.AZURE_OPENAI) {
            throw new CliException("--api-version, --auth, --token-env and --token-command are for --provider azure-openai");
        }
        if (region != null && kind != ProviderKind.BEDROCK && kind != ProviderKind.VERTEX) {
            throw new CliException("--region is for --provider bedrock or vertex");
        }
        if (region != null && !ConnectionRules.isRegion(region)) {
            throw new CliException("--region: '" + region + "' is not a region name (like us-east-1 or europe-west4)");
        }
        if ((project != null || vertexApi != null) && kind != ProviderKind.VERTEX) {
            throw new CliException("--project and --vertex-api are for --provider vertex");
        }
        if (vertexApi != null && !vertexApi.equalsIgnoreCase("gemini") && !vertexApi.equalsIgnoreCase("openai")) {
            throw new CliException("--vertex-api takes gemini or openai");
        }
        put(options, ConnectionSettings.REGION_OPTION, region);
        put(options, ConnectionSettings.PROJECT_OPTION, project);
        put(options, ConnectionSettings.API_OPTION, vertexApi == null ? null : vertexApi.toLowerCase(Locale.ROOT));
        put(options, ConnectionSettings.API_VERSION_OPTION, apiVersion);
        if (auth != null) {
            String mode = auth.trim().toLowerCase(Locale.ROOT);
            if (!mode.equals("key") && !mode.equals("entra")) {
                throw new CliException("--auth takes key or entra");
            }
            put(options, ConnectionSettings.AUTH_OPTION, mode);
        }
        if ((tokenEnv != null || tokenCommand != null) && !"entra".equals(options.get(ConnectionSettings.AUTH_OPTION))) {
            throw new CliException("--token-env and --token-command need --auth entra");
        }
        if (tokenEnv != null) {
            ModelsAddCommand.checkKeyEnv(tokenEnv);
        }
        put(options, ConnectionSettings.TOKEN_ENV_OPTION, tokenEnv);
        put(options, ConnectionSettings.TOKEN_COMMAND_OPTION, tokenCommand);
        if (concurrency != null) {
            put(options, ConnectionSettings.CONCURRENCY_OPTION, ModelsConcurrencyCommand.parse(concurrency));
        }
        return headerMap.isEmpty() && queryMap.isEmpty() && options.isEmpty() ? ConnectionSettings.NONE
                : new ConnectionSettings(headerMap, queryMap, options);
    }

    /**
     * The profile with the hosting region named in its data handling (Bedrock, Vertex): the same model in
     * us-east-1 and in eu-central-1 is processed in two jurisdictions.
     */
    static io.sidebench.model.ModelProfile withRegion(io.sidebench.model.ModelProfile p, ConnectionSettings c) {
        return ConnectionRules.withRegion(p, c);
    }

    /** One line describing the settings (never a value that came from a variable: those are stored as names). */
    static String describe(ConnectionSettings c) {
        if (c.hasNothing()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!c.headers().isEmpty()) {
            parts.add("headers " + String.join(", ", c.headers().keySet()));
        }
        if (!c.query().isEmpty()) {
            parts.add("query " + String.join(", ", c.query().keySet()));
        }
        c.options().forEach((k, v) -> parts.add(k + " " + (k.equals(ConnectionSettings.TOKEN_COMMAND_OPTION) ? "set" : v)));
        return ", " + String.join(", ", parts);
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null && !value.isBlank()) {
            options.put(name, value.trim());
        }
    }

    private static String[] split(String item, String option) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
            throw new CliException(option + " takes NAME=VALUE");
        }
        return new String[] {item.substring(0, eq).trim(), item.substring(eq + 1)};
    }
}
