package io.sidebench.logic.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample projects shipped with the app (folder named by the system property {@value #PROPERTY}, set by
 * the installers, else {@code ./sample-projects}) and where copies are opened, so the bundled files stay
 * pristine.
 *
 * @param folder    the folder holding the bundled {@code .sidebench} files, or null when there is none
 * @param workspace a user-writable folder receiving the copies (e.g. {@code ~/Sidebench})
 */
public record SampleProjects(Path folder, Path workspace) {
    public static final String PROPERTY = "sidebench.samples.dir";

    /** From the system property, else {@code ./sample-projects}; copies go to {@code ~/Sidebench}. */
    public static SampleProjects standard() {
        return new SampleProjects(locate(System.getProperty(PROPERTY), Path.of("sample-projects")).orElse(null),
                Path.of(System.getProperty("user.home"), "Sidebench"));
    }

    /** The configured folder when it exists, else the fallback when it exists. */
    public static Optional<Path> locate(String configured, Path fallback) {
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        return Files.isDirectory(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    /** The sample files, sorted by name; empty when there is no folder. */
    public List<Path> list() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sidebench"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Copies a sample into the workspace under a name not yet used there (name.sidebench, name-2.sidebench,
     * ...) and returns the copy.
     */
    public Path copyToWorkspace(Path sample) {
        try {
            Files.createDirectories(workspace);
            String file = sample.getFileName().toString();
            String stem = file.substring(0, file.length() - ".sidebench".length());
            Path target = workspace.resolve(file);
            for (int i = 2; Files.exists(target); i++) {
                target = workspace.resolve(stem + "-" + i + ".sidebench");
            }
            Files.copy(sample, target);
            Path wal = Path.of(sample + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(target + "-wal"));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(workspace + ": cannot copy the sample here: " + e.getMessage(), e);
        }
    }
}
