package io.sidebench.gui;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop app's options: {@code --project FILE} (or a bare {@code FILE.sidebench}) opens a project (a
 * {@code FILE.sbpack.json} annotation package opens in the annotation-only mode),
 * {@code --lang en|zh-CN} picks the language for this start, {@code --exit-after-first-window} quits with
 * exit code 0 once the first window is shown (installer smoke tests). {@code --verbose} is read by the
 * launcher (library log lines) and ignored here.
 */
record AppArgs(Path project, boolean exitAfterFirstWindow, String language) {

    static AppArgs parse(List<String> raw) {
        Path project = null;
        boolean exit = false;
        String language = null;
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--exit-after-first-window")) {
                exit = true;
            } else if (arg.equals("--project") && i + 1 < raw.size()) {
                project = Path.of(raw.get(++i));
            } else if (arg.startsWith("--project=")) {
                project = Path.of(arg.substring("--project=".length()));
            } else if (arg.equals("--lang") && i + 1 < raw.size()) {
                language = raw.get(++i);
            } else if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            } else if (!arg.startsWith("--") && project == null) {
                project = Path.of(arg);
            }
        }
        return new AppArgs(project, exit, language);
    }
}
