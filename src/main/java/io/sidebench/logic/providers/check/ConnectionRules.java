package io.sidebench.logic.providers.check;

import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelProfile;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every way of adding a model (command line, Models screen) applies to gateway headers, query
 * parameters and regions, so a secret never ends up in a project as a literal value. The rules never
 * repeat a value they refuse.
 */
public final class ConnectionRules {
    /** Why a header cannot be stored as given. */
    public enum HeaderProblem {
        /** Not an HTTP token (letters, digits and {@code !#$%&'*+.^_`|~-}). */
        INVALID_NAME,
        /** Set by the HTTP client itself (Host, Content-Length...). */
        RESTRICTED,
        /** The name says it carries a secret (auth, key, token...) and the value is not {@code env:VAR}. */
        LOOKS_SECRET,
        /** {@code env:} followed by something that is not a variable name (perhaps the secret itself). */
        BAD_VARIABLE
    }

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "te", "trailer");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(auth|key|token|secret|password|cookie|signature).*");
    private static final Pattern SECRET_PREFIX = Pattern.compile("(?i)(sk-|sk_|ak-|akia|asia|eyj|ya29\\.|bearer\\s|ghp_|xox).*");
    private static final Pattern REGION = Pattern.compile("[a-z]+(-[a-z]+)*(-?\\d+)?");

    private ConnectionRules() {
    }

    /** The first problem with a header, or empty when it can be stored. */
    public static Optional<HeaderProblem> header(String name, String value) {
        if (name == null || !TOKEN.matcher(name).matches()) {
            return Optional.of(HeaderProblem.INVALID_NAME);
        }
        if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(HeaderProblem.RESTRICTED);
        }
        if (ConnectionSettings.isEnvReference(value)) {
            String variable = value.substring(ConnectionSettings.ENV_PREFIX.length());
            return KeyVariableNames.isVariableName(variable) ? Optional.empty() : Optional.of(HeaderProblem.BAD_VARIABLE);
        }
        return SECRET_NAME.matcher(name).matches() ? Optional.of(HeaderProblem.LOOKS_SECRET) : Optional.empty();
    }

    /**
     * True for a literal value shaped like a key or token (a known key prefix, or a long run of letters and
     * digits mixing cases): worth a warning even under an innocent-looking name.
     */
    public static boolean looksLikeSecretValue(String value) {
        if (value == null || ConnectionSettings.isEnvReference(value)) {
            return false;
        }
        String v = value.strip();
        if (v.length() >= 16 && SECRET_PREFIX.matcher(v).matches()) {
            return true;
        }
        return v.length() >= 24 && v.matches("[A-Za-z0-9_\\-+/=.]+") && v.chars().anyMatch(Character::isDigit)
                && v.chars().anyMatch(Character::isLowerCase) && v.chars().anyMatch(Character::isUpperCase);
    }

    /** True for a query parameter name that usually carries a secret ({@code key}, {@code sig}, {@code token}...). */
    public static boolean looksLikeSecretQuery(String name, String value) {
        return name != null && (SECRET_NAME.matcher(name).matches() || name.equalsIgnoreCase("sig"))
                || looksLikeSecretValue(value);
    }

    /** True for region names like us-east-1, eu-central-1, europe-west4 or global. */
    public static boolean isRegion(String text) {
        return text != null && REGION.matcher(text).matches();
    }

    /**
     * The profile with the hosting region named in its data handling (Bedrock, Vertex): the same model in
     * us-east-1 and in eu-central-1 is processed in two jurisdictions.
     */
    public static ModelProfile withRegion(ModelProfile p, ConnectionSettings c) {
        String region = c.option(ConnectionSettings.REGION_OPTION);
        if (region == null) {
            return p;
        }
        String handling = (p.dataHandling() == null ? "" : p.dataHandling() + " ") + "Region: " + region + ".";
        return new ModelProfile(p.openWeights(), p.licence(), p.jurisdiction(), handling, p.pricePerMillionInput(),
                p.pricePerMillionOutput(), p.flexibility(), p.community(), p.risks());
    }
}
