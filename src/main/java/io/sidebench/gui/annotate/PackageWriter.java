package io.sidebench.gui.annotate;

import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.logic.packages.PackageFile;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes an annotation package's latest state to its file on the task executor, as the annotator works:
 * each change submits a write of its snapshot, and a write that is older than one already written is
 * skipped, so the file never goes back to an earlier state. {@link #flush()} writes what is not yet
 * written, on the calling thread (closing the window).
 */
final class PackageWriter {
    private final Path file;
    private final TaskExecutor executor;
    private final Object lock = new Object();
    private long latest;
    private long written;
    private AnnotationPackage pending;

    PackageWriter(Path file, TaskExecutor executor) {
        this.file = file;
        this.executor = executor;
    }

    /** Writes {@code snapshot} soon; {@code onWritten} / {@code onFailure} run on the callback thread. */
    void save(AnnotationPackage snapshot, Runnable onWritten, Consumer<Throwable> onFailure) {
        long seq;
        synchronized (lock) {
            seq = ++latest;
            pending = snapshot;
        }
        executor.submit("package-save", () -> {
            writeUpTo(seq, snapshot);
            return seq;
        }, done -> onWritten.run(), onFailure);
    }

    /** Writes the latest snapshot now if it is not written yet. */
    void flush() {
        AnnotationPackage last;
        long seq;
        synchronized (lock) {
            last = pending;
            seq = latest;
        }
        if (last != null) {
            writeUpTo(seq, last);
        }
    }

    boolean unsaved() {
        synchronized (lock) {
            return written < latest;
        }
    }

    private void writeUpTo(long seq, AnnotationPackage snapshot) {
        synchronized (lock) {
            if (seq <= written) {
                return;
            }
            PackageFile.write(snapshot, file);
            written = seq;
        }
    }

    Path file() {
        return file;
    }
}
