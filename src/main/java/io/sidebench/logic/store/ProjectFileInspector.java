package io.sidebench.logic.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file's SQLite header without opening it as a database, so that a file that is not a
 * Sidebench project, is damaged or comes from a newer version is refused before anything could write
 * to it. See the SQLite file format: magic at 0, page size at 16, change counter at 24, page count at
 * 28, user_version at 60, application_id at 68, version-valid-for at 92.
 */
final class ProjectFileInspector {
    /** "SdBn": marks a SQLite file as a Sidebench project. */
    static final int APPLICATION_ID = 0x5364426E;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFileInspector() {
    }

    /**
     * Returns the schema version in a project file's header, or throws a StoreException that says why not. In
     * WAL mode the header can lag behind what a write-ahead log beside the file already commits (a kill before
     * the log was copied back), so the opener reads the version again through SQLite; a header without a
     * version is accepted only when such a log exists.
     */
    static int inspect(Path file, int newestKnownVersion) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such project file");
        }
        byte[] header = new byte[100];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int read = in.readNBytes(header, 0, header.length);
            if (read == 0) {
                throw new StoreException(file + ": the file is empty, not a Sidebench project");
            }
            if (read < header.length || !startsWithMagic(header)) {
                throw new StoreException(file + ": not a Sidebench project (not a SQLite database)");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
        ByteBuffer buf = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(buf.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new StoreException(file + ": the project file is corrupt (bad page size " + pageSize + ")");
        }
        int changeCounter = buf.getInt(24);
        long pageCount = Integer.toUnsignedLong(buf.getInt(28));
        int validFor = buf.getInt(92);
        int userVersion = buf.getInt(60);
        int applicationId = buf.getInt(68);
        if (applicationId != APPLICATION_ID) {
            throw new StoreException(file + ": not a Sidebench project (a SQLite database of another application)");
        }
        if (size % pageSize != 0) {
            throw new StoreException(file + ": the project file is corrupt (truncated: " + size
                    + " bytes is not a whole number of " + pageSize + "-byte pages)");
        }
        // A checkpoint killed half way leaves page 1 (with the new page count) written and later pages not yet:
        // the write-ahead log beside the file still holds them, and SQLite completes the checkpoint on open.
        if (validFor == changeCounter && pageCount > 0 && pageCount * pageSize > size && !hasWriteAheadLog(file)) {
            throw new StoreException(file + ": the project file is corrupt (truncated: header says "
                    + pageCount + " pages, file holds " + size / pageSize + ")");
        }
        if (userVersion > newestKnownVersion) {
            throw newer(file, userVersion, newestKnownVersion);
        }
        if (userVersion < 1 && !hasWriteAheadLog(file)) {
            throw new StoreException(file + ": the project file is corrupt (no schema version)");
        }
        return userVersion;
    }

    private static boolean hasWriteAheadLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static StoreException newer(Path file, int version, int newestKnownVersion) {
        return new StoreException(file + ": the project was saved by a newer Sidebench (schema version "
                + version + "; this version reads up to " + newestKnownVersion + "). Update Sidebench to open it.");
    }

    private static boolean startsWithMagic(byte[] header) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
