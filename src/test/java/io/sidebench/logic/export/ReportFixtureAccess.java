package io.sidebench.logic.export;

import java.nio.file.Path;

/** Lets tests in other packages build the hostile report fixture. */
public final class ReportFixtureAccess {
    private ReportFixtureAccess() {
    }

    public static Path create(Path file) throws Exception {
        return ReportFixture.create(file);
    }
}
