package io.sidebench.logic.providers.bedrock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * AWS credentials from the standard chain, as far as a desktop tool needs it: the variables
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}; else the shared
 * credentials file ({@code AWS_SHARED_CREDENTIALS_FILE}, default {@code ~/.aws/credentials}), profile
 * {@code AWS_PROFILE} or {@code default}. (SSO, process and instance-metadata credentials are not read.)
 * Held in memory only; {@link #toString()} shows the key id, never the secret.
 *
 * @param sessionToken {@code null} for long-term keys
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
    @Override
    public String toString() {
        return "AwsCredentials[" + accessKeyId + "]";
    }

    /** The secret parts, to scrub from every message. */
    public List<String> secrets() {
        return sessionToken == null ? List.of(secretAccessKey) : List.of(secretAccessKey, sessionToken);
    }

    /**
     * @param env  looks a variable up (environment, or Sidebench's credentials file)
     * @param home the user's home folder, for {@code ~/.aws/credentials}
     */
    public static AwsCredentials resolve(String modelName, Function<String, String> env, Path home) {
        String id = blankToNull(env.apply("AWS_ACCESS_KEY_ID"));
        String secret = blankToNull(env.apply("AWS_SECRET_ACCESS_KEY"));
        if (id != null && secret != null) {
            return new AwsCredentials(id, secret, blankToNull(env.apply("AWS_SESSION_TOKEN")));
        }
        String fileName = blankToNull(env.apply("AWS_SHARED_CREDENTIALS_FILE"));
        Path file = fileName != null ? Path.of(fileName) : home.resolve(".aws").resolve("credentials");
        String profile = blankToNull(env.apply("AWS_PROFILE"));
        profile = profile == null ? "default" : profile;
        if (Files.isRegularFile(file)) {
            Map<String, String> section = profileSection(file, profile);
            String fileId = blankToNull(section.get("aws_access_key_id"));
            String fileSecret = blankToNull(section.get("aws_secret_access_key"));
            if (fileId != null && fileSecret != null) {
                return new AwsCredentials(fileId, fileSecret, blankToNull(section.get("aws_session_token")));
            }
        }
        throw new IllegalArgumentException("model '" + modelName + "': no AWS credentials: set AWS_ACCESS_KEY_ID and "
                + "AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), or put profile '" + profile
                + "' in " + file + " (choose the profile with AWS_PROFILE)");
    }

    /** The key = value lines of a profile in a shared credentials file (lower-case keys). */
    public static Map<String, String> profileSection(Path file, String profile) {
        Map<String, String> out = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        boolean inside = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).trim();
                inside = name.equals(profile) || name.equals("profile " + profile);
                continue;
            }
            int eq = line.indexOf('=');
            if (inside && eq > 0) {
                out.put(line.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), line.substring(eq + 1).trim());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
