package io.sidebench.logic.prompts;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening prompt files and turning I/O failures into one-line import errors. */
final class ImportFiles {
    private ImportFiles() {
    }

    static String name(Path file) {
        return file.toString();
    }

    static InputStream openStream(Path file) throws ImportException {
        String name = name(file);
        if (Files.isDirectory(file)) {
            throw ImportException.ofFile(name, "is a folder, not a prompt file", null);
        }
        try {
            return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    static StrictUtf8Reader openText(Path file, long maxLineChars) throws ImportException {
        return new StrictUtf8Reader(openStream(file), maxLineChars);
    }

    /** The first bytes of a file (fewer when it is shorter). */
    static byte[] head(Path file, int max) throws ImportException {
        try (InputStream in = openStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw failure(name(file), e);
        }
    }

    static ImportException failure(String name, IOException e) {
        TextInputException text = findCause(e, TextInputException.class);
        if (text != null) {
            return text.toImportException(name);
        }
        if (e instanceof NoSuchFileException) {
            return ImportException.ofFile(name, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return ImportException.ofFile(name, "cannot read the file (permission denied)", e);
        }
        return ImportException.ofFile(name, "cannot read the file: " + e.getMessage(), e);
    }

    /** The first throwable of the given type in a cause chain, or null. */
    static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
