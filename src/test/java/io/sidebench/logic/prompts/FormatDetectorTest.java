package io.sidebench.logic.prompts;

import static io.sidebench.logic.prompts.ImportTestSupport.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
    @TempDir
    Path dir;

    private final FormatDetector detector = new FormatDetector();

    @ParameterizedTest
    @CsvSource({
        "basic.csv, csv, csv",
        "basic.tsv, tsv, tsv",
        "basic.jsonl, jsonl, jsonl",
        "evals.jsonl, jsonl, openai-evals",
        "mtbench.jsonl, jsonl, mt-bench",
        "array.json, json, json",
        "list.yaml, yaml, yaml",
        "promptfoo.yaml, yaml, promptfoo",
        "promptfoo.json, json, promptfoo",
        "basic.xlsx, xlsx, xlsx",
    })
    void detectsContainerAndShape(String file, String container, String format) throws Exception {
        FormatDetector.Detection d = detector.detect(good(file), ImportOptions.defaults());
        assertThat(d.container().cliName()).isEqualTo(container);
        assertThat(d.format().cliName()).isEqualTo(format);
    }

    @Test
    void sniffsFilesWithoutAKnownExtension() throws Exception {
        assertThat(detect("a.txt", "{\"prompt\": \"a\"}\n{\"prompt\": \"b\"}\n")).isEqualTo(ImportFormat.JSONL);
        assertThat(detect("b.txt", "[{\"prompt\": \"a\"}]")).isEqualTo(ImportFormat.JSON);
        assertThat(detect("c.txt", "{\n  \"prompt\": \"a\"\n}\n")).isEqualTo(ImportFormat.JSON);
        assertThat(detect("d.txt", "- prompt: a\n")).isEqualTo(ImportFormat.YAML);
        assertThat(detect("e.txt", "prompt\treference\nx\ty\n")).isEqualTo(ImportFormat.TSV);
        assertThat(detect("f.txt", "prompt,reference\nx,y\n")).isEqualTo(ImportFormat.CSV);
        assertThat(detect("g.json", "{\"prompt\": \"a\"}\n{\"prompt\": \"b\"}\n")).isEqualTo(ImportFormat.JSONL);
    }

    @Test
    void aZipIsAWorkbookWhateverItsName() throws Exception {
        Path f = dir.resolve("export.csv");
        Files.copy(good("basic.xlsx"), f);
        assertThat(detector.containerFormat(f)).isEqualTo(ImportFormat.XLSX);
    }

    @Test
    void explicitPromptColumnKeepsThePlainShape() throws Exception {
        assertThat(detector.detect(good("evals.jsonl"), ImportOptions.defaults().withColumns(ColumnMap.parse("prompt=ideal")))
                .format()).isEqualTo(ImportFormat.JSONL);
    }

    @Test
    void formatNames() {
        assertThat(ImportFormat.fromName("OpenAI-Evals")).isEqualTo(ImportFormat.OPENAI_EVALS);
        assertThat(ImportFormat.fromName("yml")).isEqualTo(ImportFormat.YAML);
        assertThat(ImportFormat.fromName("mt_bench")).isEqualTo(ImportFormat.MT_BENCH);
        assertThatThrownBy(() -> ImportFormat.fromName("docx")).hasMessageStartingWith("unknown format 'docx'; use one of csv, tsv");
    }

    @Test
    void columnMapSyntax() {
        ColumnMap map = ColumnMap.parse("prompt=Q, expected=A,system=");
        assertThat(map.explicit(PromptField.PROMPT)).contains("Q");
        assertThat(map.explicit(PromptField.REFERENCE)).contains("A");
        assertThat(map.candidates(PromptField.SYSTEM)).isEmpty();
        assertThat(map.candidates(PromptField.CATEGORY)).contains("category");
        assertThatThrownBy(() -> ColumnMap.parse("prompt")).hasMessageContaining("field=column");
        assertThatThrownBy(() -> ColumnMap.parse("answer=x")).hasMessageContaining("unknown field 'answer'");
        assertThatThrownBy(() -> ColumnMap.parse("prompt=a,prompt=b")).hasMessageContaining("twice");
    }

    private ImportFormat detect(String name, String content) throws Exception {
        return detector.detect(Files.writeString(dir.resolve(name), content), ImportOptions.defaults()).format();
    }
}
