package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandsTest {
    @TempDir
    Path dir;

    private Path project;

    record Result(int code, String out, String err) {
        void assertOneLineError(String fragment) {
            assertThat(code).isEqualTo(1);
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(err.strip()).startsWith("error: ").contains(fragment);
        }
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static String resource(String name) {
        try {
            return Path.of(ImportCommandsTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void createProject() {
        project = dir.resolve("eval.sidebench");
        assertThat(cli("new", project.toString()).code()).isZero();
    }

    @Test
    void importThenListSetsAndPrompts() throws Exception {
        Result r = cli("import", project.toString(), resource("prompts/good/basic.csv"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Imported 3 prompts into set 'basic' (csv)");
        assertThat(r.err()).isEmpty();
        assertThat(cli("import", project.toString(), resource("prompts/good/mtbench.jsonl"), "--name", "MT").code()).isZero();

        Result sets = cli("prompts", project.toString());
        assertThat(sets.code()).isZero();
        assertThat(sets.out()).contains("basic").contains("MT").contains("mt-bench").contains("mtbench.jsonl");

        JsonNode json = Json.mapper().readTree(cli("prompts", project.toString(), "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("name").asText()).isEqualTo("MT");
        assertThat(json.get(1).get("prompts").asInt()).isEqualTo(2);

        Result text = cli("prompts", project.toString(), "--set", "basic");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("user: Say \"hi\" in Japanese").contains("reference: こんにちは")
                .contains("A poem,\n    in two lines 🌸").contains("system: You are terse.");

        JsonNode mt = Json.mapper().readTree(cli("prompts", project.toString(), "--set", "MT", "--json").out());
        assertThat(mt.get("set").get("format").asText()).isEqualTo("mt-bench");
        JsonNode second = mt.get("prompts").get(1);
        assertThat(second.get("key").asText()).isEqualTo("111");
        assertThat(second.get("turns")).hasSize(2);
        assertThat(second.get("turns").get(1).get("reference").asText()).isEqualTo("5pi");
    }

    @Test
    void limitShowsTheFirstPrompts() throws Exception {
        cli("import", project.toString(), resource("prompts/good/basic.jsonl"));
        JsonNode json = Json.mapper().readTree(cli("prompts", project.toString(), "--set", "basic", "--json", "--limit", "2").out());
        assertThat(json.get("prompts")).hasSize(2);
    }

    @Test
    void formatMapAndVariablesOptions() {
        Result r = cli("import", project.toString(), resource("prompts/good/semicolon.csv"), "--name", "de",
                "--format", "CSV", "--map", "prompt=Frage,reference=Antwort,category=Thema");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cli("prompts", project.toString(), "--set", "de").out()).contains("reference: Paris").contains("[Geografie]");

        Result vars = cli("import", project.toString(), resource("prompts/good/needs-table.csv"), "--vars",
                resource("prompts/good/vars-table.csv"));
        assertThat(vars.code()).as(vars.err()).isZero();
        assertThat(vars.out()).startsWith("Imported 4 prompts");
        assertThat(cli("prompts", project.toString(), "--set", "needs-table").out()).contains("Greet the user in Swahili.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv-unterminated-quote.csv", "jsonl-invalid-utf8.jsonl", "xlsx-truncated.xlsx",
        "xlsx-zip-not-workbook.xlsx", "yaml-alias-bomb.yaml", "json-deep-nesting.json"})
    void badFilesGiveOneLineAndLeaveTheProjectAsItWas(String name) throws Exception {
        byte[] before = Files.readAllBytes(project);
        String file = resource("bad-inputs/prompts/" + name);
        Result r = cli("import", project.toString(), file);
        r.assertOneLineError(file + ":");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(cli("prompts", project.toString(), "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void usageProblemsAreOneLine() {
        String csv = resource("prompts/good/basic.csv");
        cli("import", project.toString(), csv, "--format", "docx").assertOneLineError("unknown format 'docx'");
        cli("import", project.toString(), csv, "--map", "prompt").assertOneLineError("field=column");
        cli("import", project.toString(), csv, "--map", "prompt=Nope").assertOneLineError("no column 'Nope'");
        cli("import", dir.resolve("missing.sidebench").toString(), csv).assertOneLineError("no such project file");
        cli("import", project.toString(), dir.resolve("missing.csv").toString()).assertOneLineError("missing.csv: no such file");
        assertThat(cli("import", project.toString(), csv).code()).isZero();
        cli("import", project.toString(), csv).assertOneLineError("already has a prompt set named 'basic'");
        cli("prompts", project.toString(), "--set", "nope").assertOneLineError("no prompt set named 'nope'");
    }

    @Test
    void helpAndHiddenBenchmark() {
        assertThat(cli("import", "--help").code()).isZero();
        assertThat(cli("prompts", "--help").code()).isZero();
        Result help = cli("--help");
        assertThat(help.out()).contains("import").contains("prompts").doesNotContain("bench-import");
        Result bench = cli("bench-import", "--count", "300");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("imported        300 prompts").contains("prompts/s").contains("peak heap");
    }
}
