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
 * The sample projects shipped with the app and where copies are opened, so the bundled files stay pristine.
 * The folder is found relative to the application, not the working directory: the system property
 * {@value #PROPERTY} (set by the installers), else {@code sample-projects} beside the app's jar (portable zip,
 * app-image) or one folder up ({@code target/sidebench.jar} in a checkout), else {@code ./sample-projects}.
 *
 * @param folder    the folder holding the bundled {@code .sidebench} files, or null when there is none
 * @param workspace a user-writable folder receiving the copies (e.g. {@code ~/Sidebench})
 */
public record SampleProjects(Path folder, Path workspace) {
    public static final String PROPERTY = "sidebench.samples.dir";

    /** The folder name the samples are shipped under. */
    public static final String FOLDER = "sample-projects";

    /** Found from the system property or the app's location (see the class comment); copies go to {@code ~/Sidebench}. */
    public static SampleProjects standard() {
        return new SampleProjects(locate(System.getProperty(PROPERTY), appLocation(), Path.of(FOLDER)).orElse(null),
                Path.of(System.getProperty("user.home"), "Sidebench"));
    }

    /**
     * The first existing folder of: {@code configured}, {@code sample-projects} beside {@code app} (the jar, or
     * the classes folder), {@code sample-projects} in the folder above it, {@code fallback}.
     */
    public static Optional<Path> locate(String configured, Path app, Path fallback) {
        List<Path> candidates = new java.util.ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        Path folder = app == null ? null : app.toAbsolutePath().normalize().getParent();
        for (int up = 0; folder != null && up < 2; up++, folder = folder.getParent()) {
            candidates.add(folder.resolve(FOLDER));
        }
        candidates.add(fallback);
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** Where the app's code was loaded from (its jar, or its classes folder), or null when unknown. */
    static Path appLocation() {
        try {
            var source = SampleProjects.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }

    /** The configured folder when it exists, else the fallback when it exists. */
    public static Optional<Path> locate(String configured, Path fallback) {
        return locate(configured, null, fallback);
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
