package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the importer tests. */
final class ImportTestSupport {
    private ImportTestSupport() {
    }

    static Path resource(String name) {
        try {
            var url = ImportTestSupport.class.getResource("/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path good(String name) {
        return resource("prompts/good/" + name);
    }

    static List<Prompt> read(PromptImporter importer, Path file) throws ImportException {
        return read(importer, file, ImportOptions.defaults());
    }

    static List<Prompt> read(PromptImporter importer, Path file, ImportOptions options) throws ImportException {
        List<Prompt> out = new ArrayList<>();
        importer.read(file, options, out::add);
        return out;
    }

    static PromptImporters importers() {
        return PromptImporters.standard();
    }
}
