package io.sidebench.gui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Hands a written file to the desktop: open it with its application, or show it in the file manager.
 * Injected into {@link ReportViewModel}, so tests record the calls instead of opening anything.
 * Implementations may block: callers run them on a background thread.
 */
public interface FileOpener {
    void open(Path file) throws IOException;

    /** Shows the file in its folder (selected where the platform can), else opens the folder. */
    void showInFolder(Path file) throws IOException;

    /** The desktop's own: {@link Desktop} where supported, else {@code xdg-open} / {@code open} / Explorer. */
    static FileOpener system() {
        return new FileOpener() {
            @Override
            public void open(Path file) throws IOException {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                } else {
                    launch(command(file, false));
                }
            }

            @Override
            public void showInFolder(Path file) throws IOException {
                if (Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                    Desktop.getDesktop().browseFileDirectory(file.toFile());
                } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toAbsolutePath().getParent().toFile());
                } else {
                    launch(command(file, true));
                }
            }

            private void launch(List<String> command) throws IOException {
                new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        };
    }

    /** The platform's command to open {@code file} (or, with {@code folder}, to show it in its folder). */
    static List<String> command(Path file, boolean folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path abs = file.toAbsolutePath();
        if (os.contains("win")) {
            return folder ? List.of("explorer.exe", "/select," + abs) : List.of("cmd", "/c", "start", "", abs.toString());
        }
        if (os.contains("mac")) {
            return folder ? List.of("open", "-R", abs.toString()) : List.of("open", abs.toString());
        }
        return List.of("xdg-open", (folder ? abs.getParent() : abs).toString());
    }
}
