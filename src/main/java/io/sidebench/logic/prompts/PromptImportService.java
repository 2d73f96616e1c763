package io.sidebench.logic.prompts;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.PromptSet;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a prompt file into a project as a new prompt set, in one transaction: the prompts stream from
 * the importer straight into the store, and on any error nothing of the import is written.
 */
public final class PromptImportService {
    private final PromptImporters importers;

    public PromptImportService(PromptImporters importers) {
        this.importers = importers;
    }

    /** The format to import {@code file} with: the one asked for, else the detected one. */
    public FormatDetector.Detection resolve(Path file, ImportOptions options) throws ImportException {
        checkReadable(file);
        if (options.format() != null) {
            return new FormatDetector.Detection(options.format(), options.format());
        }
        return importers.detector().detect(file, options);
    }

    /**
     * @param setName the new set's name, or null/blank for the file's name without extension
     * @throws ImportException for any problem with the file (message {@code file:line[:column]: reason}),
     *                         or when a set of that name exists
     */
    public PromptSet importFile(ProjectStore store, Path file, String setName, ImportOptions options) throws ImportException {
        String name = setName == null || setName.isBlank() ? defaultName(file) : setName.strip();
        if (store.promptSets().find(name).isPresent()) {
            throw ImportException.ofFile(ImportFiles.name(file), "the project already has a prompt set named "
                    + Texts.quote(name) + "; " + options.hints().chooseSetName(), null);
        }
        FormatDetector.Detection detection = resolve(file, options);
        PromptImporter importer = importers.get(detection.container());
        Path fileName = file.getFileName();
        try {
            return store.promptSets().importSet(name, fileName == null ? file.toString() : fileName.toString(),
                    detection.format().cliName(), sink -> importer.read(file, options, sink::add));
        } catch (ImportException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw ImportException.ofFile(ImportFiles.name(file), "import failed: " + e.getMessage(), e);
        }
    }

    static String defaultName(Path file) {
        Path fileName = file.getFileName();
        String n = fileName == null ? "prompts" : fileName.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static void checkReadable(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw ImportException.ofFile(ImportFiles.name(file), "no such file", null);
        }
        if (Files.isDirectory(file)) {
            throw ImportException.ofFile(ImportFiles.name(file), "is a folder, not a prompt file", null);
        }
        if (!Files.isReadable(file)) {
            throw ImportException.ofFile(ImportFiles.name(file), "cannot read the file (permission denied)", null);
        }
    }
}
