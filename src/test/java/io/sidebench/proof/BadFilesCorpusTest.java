package io.sidebench.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.cli.SidebenchCli;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.StoreException;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ProviderKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed project files under bad-inputs/projects and the hostile model configurations under
 * bad-inputs/models (the prompt files are covered by BadInputsTest): each is refused with one clear line, a
 * non-zero exit code, and every file of the folder is byte-identical afterwards (hashes of the whole folder,
 * so no -wal/-shm or other file appears either). The answer files under bad-inputs/answers likewise: each
 * {@code import-answers} is refused with a clear {@code file:line: reason} and the project left as it was.
 */
class BadFilesCorpusTest {
    private static final Path PROJECTS = resource("bad-inputs/projects");
    private static final Path MODELS = resource("bad-inputs/models");
    private static final Path ANSWERS = resource("bad-inputs/answers");

    @TempDir
    Path dir;

    static Stream<String> projectFiles() throws IOException {
        try (Stream<Path> s = Files.list(PROJECTS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sidebench")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> modelCases() throws IOException {
        return Files.readAllLines(MODELS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1]));
    }

    static Stream<Arguments> answerCases() throws IOException {
        return Files.readAllLines(ANSWERS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    /** A project with one set: q1 "What is 2+2?", q2 in Chinese, q3 of two turns. */
    private Path answersProject() throws Exception {
        Path project = dir.resolve("answers.sidebench");
        try (ProjectStore store = ProjectStore.create(project, "answers")) {
            store.promptSets().importSet("qa", "test", "test", sink -> {
                sink.add(io.sidebench.model.Prompt.single("q1", "What is 2+2?", "4"));
                sink.add(io.sidebench.model.Prompt.single("q2", "把这句话翻译成英文：你好", "Hello"));
                sink.add(new io.sidebench.model.Prompt(0, "q3", 0, null, List.of(io.sidebench.model.Turn.of(
                        "Write a poem about the sea."), io.sidebench.model.Turn.of("Now shorten it.")), null, Map.of(),
                        List.of()));
            });
        }
        return project;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerCases")
    void badAnswerFileIsRefusedWithItsLineAndTheProjectLeftAsItWas(String name, String extra, String fragment)
            throws Exception {
        Path project = answersProject();
        Map<String, String> before = hashes(dir);
        Path file = ANSWERS.resolve(name);
        List<String> args = new ArrayList<>(List.of("import-answers", project.toString(), file.toString()));
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split(",")));
        }

        Result r = cli(args.toArray(String[]::new));

        assertThat(r.code).as(r.out).isNotZero();
        List<String> lines = r.err.stripTrailing().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("error: " + file + ":").contains(fragment)
                .doesNotContain("Exception").doesNotContain("\tat ");
        for (String listed : lines.subList(0, lines.size() - 1)) {
            assertThat(listed).matches("  (" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+: .+|\\.\\.\\. and \\d+ more)");
        }
        assertThat(hashes(dir)).as("project byte-identical").isEqualTo(before);
    }

    @Test
    void anAnswerLineOverTheLimitIsRefusedWithItsLine() throws Exception {
        Path project = answersProject();
        Path file = dir.resolve("huge-line.jsonl");
        Files.writeString(file, "{\"prompt_id\": \"q1\", \"model\": \"m\", \"answer\": \"4\"}\n{\"prompt_id\": \"q2\", "
                + "\"model\": \"m\", \"answer\": \"" + "长".repeat(4 * 1024 * 1024 + 10) + "\"}\n", StandardCharsets.UTF_8);
        Map<String, String> before = hashes(dir);
        Result r = cli("import-answers", project.toString(), file.toString());
        assertThat(r.code).isNotZero();
        assertThat(r.err.strip()).doesNotContain("\n").startsWith("error: " + file + ":2");
        assertThat(hashes(dir)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectFiles")
    void badProjectFileIsRefusedAndLeftAsItWas(String name) throws Exception {
        Path copy = dir.resolve(name);
        copyTree(PROJECTS.resolve(name), copy);
        Map<String, String> before = hashes(dir);

        Result info = cli("info", copy.toString());
        assertThat(info.code).as(name + ": " + info.out).isNotZero();
        assertOneClearLine(info.err, copy);
        for (String command : List.of("prompts", "runs")) {
            Result r = cli(command, copy.toString());
            assertThat(r.code).as(command + " " + name + ": " + r.out).isNotZero();
            assertOneClearLine(r.err, copy);
        }
        Result add = cli("models", copy.toString(), "add", "--name", "m", "--provider", "ollama", "--model", "x");
        assertThat(add.code).isNotZero();
        assertOneClearLine(add.err, copy);
        try (ProjectStore store = ProjectStore.open(copy)) {
            // damage deep inside a sound header is found by the first query that reads it, or by the check
            assertThat(store.integrityCheck()).as(name).isNotEqualTo("ok");
        } catch (StoreException refused) {
            assertThat(refused.getMessage()).startsWith(copy.toString()).doesNotContain("\n");
        }

        assertThat(hashes(dir)).as("every file byte-identical, nothing added").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelCases")
    void hostileModelConfigurationIsRefusedAndTheProjectLeftAsItWas(String name, String fragment) throws Exception {
        Path project = dir.resolve("models.sidebench");
        try (ProjectStore store = ProjectStore.create(project, "models")) {
            store.models().add(new ModelConfig(0, "existing", ProviderKind.OLLAMA, null, "x", null, null,
                    ModelParams.DEFAULTS, null));
        }
        Map<String, String> before = hashes(dir);
        List<String> args = new ArrayList<>(List.of("models", project.toString(), "add"));
        args.addAll(Files.readAllLines(MODELS.resolve(name + ".args"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty()).toList());

        Result r = cli(args.toArray(String[]::new));

        assertThat(r.code).as(r.out).isNotZero();
        assertThat(r.err.strip()).doesNotContain("\n").startsWith("error: ").contains(fragment)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("hunter2");
        assertThat(hashes(dir)).as("project byte-identical").isEqualTo(before);
        try (ProjectStore store = ProjectStore.open(project)) {
            assertThat(store.models().list()).extracting(ModelConfig::name).containsExactly("existing");
        }
    }

    /**
     * Known limit: damage to an inner page of a file whose header and schema are sound is not found when the
     * file is opened (a full check would read the whole file, too slow for large projects); it is found by
     * the first command that reads the page, and by {@code PRAGMA integrity_check}.
     */
    @Test
    void damageInsideASoundFileIsFoundByTheIntegrityCheckAndByInfo() throws Exception {
        Path copy = dir.resolve("damaged.sidebench");
        copyTree(resource("bad-inputs/damaged/smashed-table-page.sidebench"), copy);
        Result info = cli("info", copy.toString());
        assertThat(info.code).isNotZero();
        assertOneClearLine(info.err, copy);
        try (ProjectStore store = ProjectStore.open(copy)) {
            assertThat(store.integrityCheck()).isNotEqualTo("ok");
        } catch (StoreException e) {
            assertThat(e.getMessage()).contains("corrupt").doesNotContain("\n");
        }
    }

    @Test
    void theCorpusIsLargeAndComplete() throws IOException {
        long prompts;
        try (Stream<Path> s = Files.list(resource("bad-inputs/prompts"))) {
            prompts = s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).count();
        }
        long projects = projectFiles().count();
        List<String> listed = modelCases().map(a -> (String) a.get()[0]).toList();
        List<String> argsFiles;
        try (Stream<Path> s = Files.list(MODELS)) {
            argsFiles = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".args"))
                    .map(n -> n.substring(0, n.length() - 5)).toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(argsFiles);
        List<String> answerCases = answerCases().map(a -> (String) a.get()[0]).toList();
        List<String> answerFiles;
        try (Stream<Path> s = Files.list(ANSWERS)) {
            answerFiles = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")).toList();
        }
        assertThat(answerCases).containsExactlyInAnyOrderElementsOf(answerFiles).hasSizeGreaterThanOrEqualTo(20);
        assertThat(projects).isGreaterThanOrEqualTo(20);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(20);
        assertThat(prompts + projects + listed.size()).isGreaterThanOrEqualTo(100);
        System.out.printf("bad inputs: %d prompt files, %d project files, %d model configurations, %d answer files%n",
                prompts, projects, listed.size(), answerCases.size());
    }

    private static void assertOneClearLine(String err, Path file) {
        assertThat(err.strip()).doesNotContain("\n").startsWith("error: " + file)
                .doesNotContain("Exception").doesNotContain("\tat ")
                .containsAnyOf("not a Sidebench project", "corrupt", "newer Sidebench", "empty", "no such project file");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** SHA-256 of every file under {@code root}, by relative path (folders listed too). */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "<dir>" : sha256(p));
            }
        }
        return out;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) {
                    copyTree(p, to.resolve(p.getFileName().toString()));
                }
            }
        } else {
            Files.copy(from, to);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(BadFilesCorpusTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
