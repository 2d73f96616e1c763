package io.sidebench.logic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that does not fit on the disk. SQLite rolls the transaction back by itself after SQLITE_FULL; the driver
 * then failed leaving the transaction ("cannot commit - no transaction is active") and that riddle replaced the
 * real reason. {@code PRAGMA max_page_count} makes the file "full" deterministically.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatDoesNotFitSaysTheDiskIsFullAndKeepsWhatWasSaved() throws Exception {
        try (SqliteProjectStore store = SqliteProjectStore.create(dir.resolve("full.sidebench"), "Full")) {
            store.promptSets().importSet("kept", "k.jsonl", "jsonl", sink -> sink.add(Prompt.single("k", "保留", null)));
            store.read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    st.execute("PRAGMA max_page_count = " + (rs.getInt(1) + 1));
                }
                return null;
            });
            StoreException e = catchThrowableOfType(() -> store.promptSets().importSet("big", "b.jsonl", "jsonl",
                    sink -> {
                        for (int i = 0; i < 300; i++) {
                            sink.add(Prompt.single("b" + i, "问题 " + i + " " + "x".repeat(400), null));
                        }
                    }), StoreException.class);

            assertThat(e.isDiskFull()).isTrue();
            assertThat(StoreException.isDiskFull(e)).isTrue();
            assertThat(e.getMessage()).contains("the disk is full").contains("everything saved before is safe")
                    .doesNotContain("no transaction is active").doesNotContain("SQLITE");
            assertThat(store.promptSets().list()).extracting(s -> s.name()).containsExactly("kept");
            assertThat(store.integrityCheck()).isEqualTo("ok");
            // the connection is still usable: a small write that fits goes through
            store.meta().setTitle("Still fine");
            assertThat(store.meta().title()).isEqualTo("Still fine");
        }
    }
}
