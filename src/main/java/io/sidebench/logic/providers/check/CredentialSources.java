package io.sidebench.logic.providers.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.providers.vertex.GoogleAdc;
import io.sidebench.logic.util.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the AWS and Google credentials a model would use are found, for a person to see before a run:
 * the source (variables, a profile in a file, an application-default credentials file), never a secret.
 * It reads the same chains as the model clients (environment, then Sidebench's credentials file for
 * variables; the user's home folder for the AWS and gcloud files).
 */
public final class CredentialSources {
    /** Settings that are not secrets and may be shown and used as defaults. */
    public static final Set<String> SETTINGS = Set.of("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE",
            "GOOGLE_CLOUD_PROJECT", "GOOGLE_CLOUD_REGION");

    /** Where AWS credentials come from. */
    public enum AwsSource { ENVIRONMENT, PROFILE_FILE, NONE }

    /**
     * @param keyIdHint    the access key id's first four and last four characters, or null
     * @param profile      the profile read (or that would be read)
     * @param file         the shared credentials file read (or that would be read)
     * @param sessionToken whether temporary credentials (a session token) are present
     */
    public record Aws(AwsSource source, String keyIdHint, String profile, Path file, boolean sessionToken) {
    }

    /** Where Google application-default credentials come from. */
    public enum GoogleSource { VARIABLE_FILE, GCLOUD_FILE, MISSING_FILE, NONE }

    /**
     * @param file    the credentials file, or null
     * @param type    its type (service_account, authorized_user...), or null
     * @param account the service account's e-mail address, or null
     * @param project the project the file names, or null
     */
    public record Google(GoogleSource source, Path file, String type, String account, String project) {
    }

    private final Function<String, String> variables;
    private final Path home;
    private final String osName;

    /**
     * @param variables looks a variable up (environment, then the credentials file)
     * @param home      the user's home folder
     */
    public CredentialSources(Function<String, String> variables, Path home, String osName) {
        this.variables = variables;
        this.home = home;
        this.osName = osName;
    }

    /** Nothing set, no home: every lookup finds nothing. */
    public static CredentialSources none() {
        return new CredentialSources(name -> null, Path.of(System.getProperty("java.io.tmpdir"), "sidebench-no-home"),
                "");
    }

    /** One of {@link #SETTINGS} (region, project, profile), or empty when it is not one of them or not set. */
    public Optional<String> setting(String name) {
        return SETTINGS.contains(name) ? Optional.ofNullable(blankToNull(variables.apply(name))) : Optional.empty();
    }

    /** Whether a variable holds a value (the value itself is not handed out). */
    public boolean isSet(String name) {
        return blankToNull(variables.apply(name)) != null;
    }

    /** The AWS chain as the Bedrock client reads it. */
    public Aws aws() {
        String id = blankToNull(variables.apply("AWS_ACCESS_KEY_ID"));
        String fileName = blankToNull(variables.apply("AWS_SHARED_CREDENTIALS_FILE"));
        Path file = fileName != null ? Path.of(fileName) : home.resolve(".aws").resolve("credentials");
        String profile = Optional.ofNullable(blankToNull(variables.apply("AWS_PROFILE"))).orElse("default");
        if (id != null && isSet("AWS_SECRET_ACCESS_KEY")) {
            return new Aws(AwsSource.ENVIRONMENT, hint(id), null, null, isSet("AWS_SESSION_TOKEN"));
        }
        if (Files.isRegularFile(file)) {
            try {
                Map<String, String> section = io.sidebench.logic.providers.bedrock.AwsCredentials.profileSection(file, profile);
                String fileId = blankToNull(section.get("aws_access_key_id"));
                if (fileId != null && blankToNull(section.get("aws_secret_access_key")) != null) {
                    return new Aws(AwsSource.PROFILE_FILE, hint(fileId), profile, file,
                            blankToNull(section.get("aws_session_token")) != null);
                }
            } catch (IllegalArgumentException unreadable) {
                return new Aws(AwsSource.NONE, null, profile, file, false);
            }
        }
        return new Aws(AwsSource.NONE, null, profile, file, false);
    }

    /** The application-default credentials file as the Vertex client finds it, and what it names. */
    public Google google() {
        Path file;
        GoogleSource source;
        try {
            file = GoogleAdc.file("vertex", variables, home, osName);
            String named = blankToNull(variables.apply("GOOGLE_APPLICATION_CREDENTIALS"));
            source = named != null ? GoogleSource.VARIABLE_FILE : GoogleSource.GCLOUD_FILE;
        } catch (IllegalArgumentException missing) {
            String named = blankToNull(variables.apply("GOOGLE_APPLICATION_CREDENTIALS"));
            return named != null ? new Google(GoogleSource.MISSING_FILE, Path.of(named), null, null, null)
                    : new Google(GoogleSource.NONE, null, null, null, null);
        }
        try {
            JsonNode json = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            String project = text(json, "project_id");
            return new Google(source, file, text(json, "type"), text(json, "client_email"),
                    project != null ? project : text(json, "quota_project_id"));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return new Google(source, file, null, null, null);
        }
    }

    private static String text(JsonNode json, String field) {
        return json.path(field).isTextual() ? blankToNull(json.path(field).asText()) : null;
    }

    private static String hint(String keyId) {
        return keyId.length() <= 8 ? "\u2026" : keyId.substring(0, 4) + "\u2026" + keyId.substring(keyId.length() - 4);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
