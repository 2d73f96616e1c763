package io.sidebench;

import io.sidebench.cli.SidebenchCli;
import io.sidebench.gui.SidebenchApp;

/**
 * Entry point of {@code sidebench.jar}. With no argument (or only options such as a project file)
 * it starts the desktop app; with a sub-command it runs the command line. It does not extend
 * {@code Application}, so JavaFX runs from the plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (SidebenchCli.isCommandLine(args)) {
            System.exit(SidebenchCli.run(args));
        }
        SidebenchApp.launchApp(args);
    }
}
