package io.sidebench.logic.packages;

import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes an {@link AnnotationPackage} as one UTF-8 JSON file (written atomically). */
public final class PackageFile {
    /** The file name ending Sidebench gives packages. */
    public static final String EXTENSION = ".sbpack.json";

    private PackageFile() {
    }

    public static AnnotationPackage read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PackageException("cannot read the package " + file + ": " + e.getMessage(), e);
        }
        AnnotationPackage p;
        try {
            p = Json.mapper().readValue(text, AnnotationPackage.class);
        } catch (IOException | RuntimeException e) {
            throw new PackageException(file.getFileName() + " is not a Sidebench annotation package (not valid JSON)", e);
        }
        if (p == null || !AnnotationPackage.FORMAT.equals(p.format())) {
            throw new PackageException(file.getFileName() + " is not a Sidebench annotation package");
        }
        if (p.version() > AnnotationPackage.VERSION) {
            throw new PackageException(file.getFileName() + " was written by a newer Sidebench (package version "
                    + p.version() + "); update Sidebench to open it");
        }
        return p;
    }

    public static void write(AnnotationPackage p, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".package-", ".tmp");
            Files.writeString(tmp, Json.pretty(p) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PackageException("cannot write the package " + file + ": " + e.getMessage(), e);
        }
    }
}
