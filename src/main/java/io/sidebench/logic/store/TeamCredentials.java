package io.sidebench.logic.store;

import io.sidebench.logic.providers.secrets.CredentialsStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the database user and password of a team project by the same rules as API keys: the user and
 * password written into the URL (discouraged for the password), then the environment ({@code PGUSER},
 * {@code PGPASSWORD}), then the user's Sidebench credentials file (entry {@code PGPASSWORD}, set with
 * {@code sidebench credentials set PGPASSWORD}). With no password found the PostgreSQL driver reads
 * {@code ~/.pgpass} (or the file {@code PGPASSFILE} names) itself. A password lives only in memory.
 */
public final class TeamCredentials {
    public static final String PASSWORD_NAME = "PGPASSWORD";
    public static final String USER_NAME = "PGUSER";

    private final Function<String, String> environment;
    private final Function<String, Optional<String>> saved;

    public TeamCredentials(Function<String, String> environment, Function<String, Optional<String>> saved) {
        this.environment = environment;
        this.saved = saved;
    }

    /** The process environment and the user's credentials file. */
    public static TeamCredentials standard() {
        CredentialsStore file = CredentialsStore.inUserConfig();
        return new TeamCredentials(System::getenv, file::get);
    }

    /** No environment and no file: only what the URL says (and the driver's .pgpass). */
    public static TeamCredentials none() {
        return new TeamCredentials(name -> null, name -> Optional.empty());
    }

    Optional<String> user(ProjectLocation location) {
        return location.user().or(() -> present(environment.apply(USER_NAME)))
                .or(() -> present(System.getProperty("user.name")));
    }

    Optional<String> password(ProjectLocation location) {
        return location.password().or(() -> present(environment.apply(PASSWORD_NAME)))
                .or(() -> saved.apply(PASSWORD_NAME).flatMap(TeamCredentials::present));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
