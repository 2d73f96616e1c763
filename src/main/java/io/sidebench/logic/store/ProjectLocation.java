package io.sidebench.logic.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a project lives: a {@code .sidebench} file, or a team project in a PostgreSQL database, written
 * {@code postgresql://[user@]host[:port]/database?project=NAME[&sslmode=...]}. A password in the URL is accepted
 * but never shown: {@link #toString()} and every message use {@link #display()}, which leaves it out.
 */
public final class ProjectLocation {
    /** A team project's name: letters, digits and underscores, starting with a letter (it names a schema). */
    private static final Pattern PROJECT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");
    private static final String SCHEME = "postgresql://";

    private final Path file;
    private final String host;
    private final int port;
    private final String database;
    private final String project;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    private ProjectLocation(Path file, String host, int port, String database, String project, String user,
            String password, Map<String, String> parameters) {
        this.file = file;
        this.host = host;
        this.port = port;
        this.database = database;
        this.project = project;
        this.user = user;
        this.password = password;
        this.parameters = parameters;
    }

    public static ProjectLocation of(Path file) {
        return new ProjectLocation(Objects.requireNonNull(file, "file"), null, 0, null, null, null, null, Map.of());
    }

    /** Whether {@code text} is written as a team project URL rather than a file name. */
    public static boolean isTeamUrl(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith(SCHEME) || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads a location as the user typed it: a team project URL, or else a file name.
     *
     * @throws StoreException saying what is wrong with a URL (never repeating its password)
     */
    public static ProjectLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new StoreException("no project given: name a .sidebench file or a postgresql:// URL");
        }
        if (!isTeamUrl(text)) {
            try {
                return of(Path.of(text.strip()));
            } catch (InvalidPathException e) {
                throw new StoreException(text + ": not a file name (" + e.getReason() + ")");
            }
        }
        String t = text.strip();
        String rest = t.substring(t.indexOf("://") + 3);
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new StoreException(redact(t) + ": not a valid team project URL (" + e.getReason()
                    + "); write postgresql://host[:port]/database?project=NAME");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new StoreException(redact(t) + ": the URL names no server; write postgresql://host[:port]/database?project=NAME");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw new StoreException(redact(t) + ": the URL names no database; write postgresql://host[:port]/database?project=NAME");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(key, value);
            }
        }
        String project = params.remove("project");
        if (project == null || project.isBlank()) {
            throw new StoreException(redact(t) + ": the URL names no project; add ?project=NAME (letters, digits, _)");
        }
        if (!PROJECT_NAME.matcher(project).matches()) {
            throw new StoreException(redact(t) + ": project name '" + project + "' is not allowed; use letters, digits "
                    + "and _ (starting with a letter, at most 41 characters)");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (params.containsKey("user")) {
            user = params.remove("user");
        }
        if (params.containsKey("password")) {
            password = params.remove("password");
        }
        return new ProjectLocation(null, host, uri.getPort(), database, project.toLowerCase(java.util.Locale.ROOT),
                user, password, Map.copyOf(params));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** {@code text} with any password in it replaced, for a message about a URL that did not parse. */
    static String redact(String text) {
        return text.replaceAll("(://[^/:@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    public boolean isTeam() {
        return file == null;
    }

    /** The project file, for a file project. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The team project's name (lower case; names its schema), for a team project. */
    public String project() {
        return project;
    }

    public String database() {
        return database;
    }

    /** The user named in the URL, if any. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** A password written into the URL, if any (discouraged: see the README). */
    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Extra connection parameters of the URL (sslmode, sslrootcert, ...), without project, user and password. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The JDBC URL of the database (no user, password or project in it). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host);
        if (port > 0) {
            url.append(':').append(port);
        }
        url.append('/').append(database);
        return url.toString();
    }

    /** As the user may see it: the file, or the URL without a password. */
    public String display() {
        if (file != null) {
            return file.toString();
        }
        StringBuilder out = new StringBuilder(SCHEME);
        if (user != null) {
            out.append(user).append('@');
        }
        out.append(host);
        if (port > 0) {
            out.append(':').append(port);
        }
        out.append('/').append(database).append("?project=").append(project);
        parameters.forEach((k, v) -> out.append('&').append(k).append('=').append(v));
        return out.toString();
    }

    /** A short name for titles and status lines: the file name, or the team project's name. */
    public String shortName() {
        return file != null ? String.valueOf(file.getFileName()) : project;
    }

    @Override
    public String toString() {
        return display();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectLocation other && display().equals(other.display());
    }

    @Override
    public int hashCode() {
        return display().hashCode();
    }
}
