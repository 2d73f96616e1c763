package io.sidebench.logic.providers.vertex;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Google application-default credentials turned into an OAuth access token for Vertex AI: the file named
 * by {@code GOOGLE_APPLICATION_CREDENTIALS}, else gcloud's {@code application_default_credentials.json}
 * (written by {@code gcloud auth application-default login}). A service account signs a JWT (RS256) and
 * exchanges it at its {@code token_uri}; a user file exchanges its refresh token. (Metadata-server and
 * workload-identity credentials are not read.) The token and the keys stay in memory; errors never
 * contain them.
 */
public final class GoogleAdc {
    public static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

    /** The access token and the project the credentials belong to ({@code null} when the file names none). */
    public record Token(String accessToken, String projectId) {
        @Override
        public String toString() {
            return "Token[project=" + projectId + "]";
        }
    }

    private GoogleAdc() {
    }

    /** The credentials file the chain finds. */
    public static Path file(String modelName, Function<String, String> env, Path home, String osName) {
        String named = env.apply("GOOGLE_APPLICATION_CREDENTIALS");
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named.trim());
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("model '" + modelName + "': GOOGLE_APPLICATION_CREDENTIALS names "
                        + p + ", which does not exist");
            }
            return p;
        }
        String appData = env.apply("APPDATA");
        Path gcloud = osName.toLowerCase(Locale.ROOT).startsWith("windows") && appData != null
                ? Path.of(appData, "gcloud", "application_default_credentials.json")
                : home.resolve(".config").resolve("gcloud").resolve("application_default_credentials.json");
        if (Files.isRegularFile(gcloud)) {
            return gcloud;
        }
        throw new IllegalArgumentException("model '" + modelName + "': no Google credentials: set "
                + "GOOGLE_APPLICATION_CREDENTIALS to a service-account JSON file, or run: gcloud auth "
                + "application-default login");
    }

    /** Reads the file and fetches an access token. */
    public static Token token(String modelName, Path file, HttpClient http, Clock clock) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("model '" + modelName + "': cannot read " + file, e);
        }
        String type = json.path("type").asText("");
        String tokenUri = json.path("token_uri").asText(DEFAULT_TOKEN_URI);
        String form;
        if (type.equals("service_account")) {
            form = "grant_type=" + enc("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion="
                    + enc(jwt(modelName, json, tokenUri, clock));
        } else if (type.equals("authorized_user")) {
            form = "grant_type=refresh_token&client_id=" + enc(json.path("client_id").asText()) + "&client_secret="
                    + enc(json.path("client_secret").asText()) + "&refresh_token=" + enc(json.path("refresh_token").asText());
        } else {
            throw new IllegalArgumentException("model '" + modelName + "': " + file + " is a '" + type
                    + "' credentials file; only service_account and authorized_user are supported");
        }
        String project = json.path("project_id").isTextual() ? json.path("project_id").asText()
                : json.path("quota_project_id").isTextual() ? json.path("quota_project_id").asText() : null;
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalArgumentException("model '" + modelName + "': cannot reach Google's token endpoint "
                    + URI.create(tokenUri).getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("model '" + modelName + "': interrupted while getting a token", e);
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            answer = Json.mapper().createObjectNode();
        }
        if (response.statusCode() != 200 || !answer.path("access_token").isTextual()) {
            throw new IllegalArgumentException("model '" + modelName + "': Google refused the credentials in " + file
                    + " (HTTP " + response.statusCode() + (answer.path("error").isTextual()
                    ? ", " + answer.path("error").asText() : "") + ")");
        }
        return new Token(answer.path("access_token").asText(), project);
    }

    static String jwt(String modelName, JsonNode account, String audience, Clock clock) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = Map.of("iss", account.path("client_email").asText(), "scope", SCOPE,
                "aud", audience, "iat", now, "exp", now + 3600);
        String header = b64(Json.write(Map.of("alg", "RS256", "typ", "JWT")).getBytes(StandardCharsets.UTF_8));
        String body = b64(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(account.path("private_key").asText()));
            rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + b64(rsa.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("model '" + modelName + "': the service account's private_key "
                    + "cannot be used", e);
        }
    }

    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
