package io.sidebench.logic.prompts;

import static io.sidebench.logic.prompts.ImportTestSupport.good;
import static io.sidebench.logic.prompts.ImportTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.model.Prompt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImporterTest {
    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    @Test
    void readsTheFirstSheetWithNumbersAsText() throws Exception {
        List<Prompt> prompts = read(importer, good("basic.xlsx"));
        assertThat(prompts).hasSize(3);
        assertThat(prompts.get(0).key()).isEqualTo("x1");
        assertThat(prompts.get(0).finalReference()).isEqualTo("Canberra");
        assertThat(prompts.get(1).firstUserText()).isEqualTo("日本で一番高い山は？ 🗻");
        assertThat(prompts.get(2).key()).isEqualTo("3");
        assertThat(prompts.get(2).finalReference()).isEqualTo("366");
    }

    @Test
    void headerNeedNotBeInTheFirstRowOrColumn() throws Exception {
        List<Prompt> prompts = read(importer, good("sparse.xlsx"));
        assertThat(prompts).extracting(Prompt::firstUserText).containsExactly("First question?", "Second question?");
        assertThat(prompts.get(0).finalReference()).isEqualTo("first");
        assertThat(prompts.get(1).finalReference()).isNull();
    }

    @Test
    void largeSheetStreams() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("prompt", "reference"));
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("Question " + i, "Answer " + i));
        }
        Path f = XlsxFixtures.write(dir.resolve("big.xlsx"), rows);
        List<Prompt> prompts = read(importer, f);
        assertThat(prompts).hasSize(5000);
        assertThat(prompts.get(4999).finalReference()).isEqualTo("Answer 4999");
    }
}
