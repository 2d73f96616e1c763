package io.sidebench.cli;

import io.sidebench.logic.store.MigrationListener;
import java.io.PrintWriter;

/**
 * Prints how the upgrade of a large project saved by an older Sidebench goes (one line per tenth of the
 * completions converted, then per stage), so that opening it is not a silent wait. A project with fewer than
 * {@value #QUIET_BELOW} completions upgrades in a moment, silently.
 */
final class UpgradeProgressPrinter implements MigrationListener {
    static final long QUIET_BELOW = 1000;

    private final PrintWriter err;
    private boolean announced;
    private long lastTenth = -1;

    UpgradeProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(int toVersion, String stage, long done, long total) {
        if (stage.equals("converting")) {
            if (done == 0) {
                announced = total >= QUIET_BELOW;
                lastTenth = -1;
            }
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (!announced || tenth == lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.printf("upgrading project to schema version %d: %d/%d completions converted%n", toVersion, done, total);
        } else if (announced) {
            err.printf("upgrading project to schema version %d: %s%n", toVersion, stage);
        }
        err.flush();
    }
}
