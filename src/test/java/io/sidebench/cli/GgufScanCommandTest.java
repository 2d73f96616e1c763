package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.providers.gguf.GgufFileWriter;
import io.sidebench.testsupport.TinyGguf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufScanCommandTest {
    @Test
    void listsModelsInAGivenFolderButNotTestModels(@TempDir Path dir) throws Exception {
        new GgufFileWriter().putString("general.architecture", "qwen2").putString("general.name", "Mine 0.5B")
                .putUint32("general.file_type", 15).write(dir.resolve("mine.gguf"));
        TinyGguf.write(dir.resolve("tiny.gguf"));
        StringWriter out = new StringWriter();

        int code = SidebenchCli.run(new String[] {"gguf-scan", "--folder", dir.toString(), "--json"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"name\" : \"Mine 0.5B\"", "\"quantisation\" : \"Q4_K_M\"",
                "\"architecture\" : \"qwen2\"").doesNotContain(TinyGguf.NAME);
    }
}
