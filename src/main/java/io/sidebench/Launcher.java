package io.sidebench;

import io.sidebench.cli.SidebenchCli;
import io.sidebench.gui.SidebenchApp;
import io.sidebench.logic.util.LogLevels;

/**
 * Entry point of {@code sidebench.jar}. With no argument (or only options such as a project file)
 * it starts the desktop app; with a sub-command it runs the command line. It does not extend
 * {@code Application}, so JavaFX runs from the plain classpath. {@code --verbose} (anywhere) lets the
 * libraries' log lines through ({@link LogLevels}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogLevels.configure(LogLevels.verbose(args));
        if (SidebenchCli.isCommandLine(args)) {
            System.exit(SidebenchCli.run(args));
        }
        SidebenchApp.launchApp(args);
    }
}
