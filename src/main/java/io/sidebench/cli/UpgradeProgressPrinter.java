package io.sidebench.cli;

import io.sidebench.logic.store.MigrationListener;
import java.io.PrintWriter;

/**
 * Prints how the upgrade of a project saved by an older Sidebench goes (one line per stage and per tenth of
 * the completions converted), so that opening a large old project is not a silent wait.
 */
final class UpgradeProgressPrinter implements MigrationListener {
    private final PrintWriter err;
    private long lastTenth = -1;

    UpgradeProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(int toVersion, String stage, long done, long total) {
        if (stage.equals("converting")) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth == lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.printf("upgrading project to schema version %d: %d/%d completions converted%n", toVersion, done, total);
        } else {
            err.printf("upgrading project to schema version %d: %s%n", toVersion, stage);
        }
        err.flush();
    }
}
