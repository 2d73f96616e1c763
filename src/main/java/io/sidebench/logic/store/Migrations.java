package io.sidebench.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations. Version N is the script {@code VN__*.sql} beside this class; the
 * database's {@code PRAGMA user_version} records the version reached. Each step runs in the caller's
 * transaction, so a failed migration leaves the file as it was.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__schema.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            for (String sql : statements(SCRIPTS.get(version - 1))) {
                try (Statement st = connection.createStatement()) {
                    st.execute(sql);
                }
            }
            try (Statement st = connection.createStatement()) {
                // PRAGMA takes no bind parameters; version is an int we computed.
                st.execute("PRAGMA user_version = " + version);
            }
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new StoreException("migration script missing from the application: " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.strip().equals(";")) {
                    out.add(current.toString());
                    current.setLength(0);
                } else if (!line.strip().startsWith("--")) {
                    current.append(line).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString());
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }
}
