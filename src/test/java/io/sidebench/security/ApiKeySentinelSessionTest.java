package io.sidebench.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session in a child JVM with two sentinel API keys, one in an environment variable and one stored
 * with {@code credentials set} (read from stdin): new project, import, models added (one whose server echoes
 * the key back in a 401 error, one whose key is missing), {@code models test}, a run against the loopback stub
 * with faults, a failing run, score (with an LLM judge using the key), stats, export in every format and the
 * charts. Then every file written under the session's folders (project and its -wal/-shm if any, exports,
 * charts, caches, temp files, user settings except the credentials file itself) and the captured
 * stdout/stderr are searched for both keys, as text, Base64, inside ZIP entries (XLSX) and as PDF text:
 * never found. The stub's request log proves the keys were actually used.
 */
class ApiKeySentinelSessionTest {
    private static final String ENV_KEY = "sk-sentinel-ENV-5f1c9e0a7b3d42e8a61c";
    private static final String FILE_KEY = "sk-sentinel-FILE-9d2b7e4c1a0f43b6c85e";

    @TempDir
    Path root;
    private final StubLlmServer server = StubLlmServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sentinelKeysNeverReachAnyFileOrOutput() throws Exception {
        server.script("m1", StubScript.ok().ttft(5).rate(1000).answerText("The answer is four ."))
                .script("m2", StubScript.ok().ttft(5).rate(1000).answerText("Paris is the capital ."))
                .script("echo", StubScript.status(401));
        server.failFirst("m1", 2, StubScript.rateLimited(null));
        Path work = Files.createDirectories(root.resolve("work"));
        Path config = Files.createDirectories(root.resolve("config"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path exports = Files.createDirectories(work.resolve("exports"));
        Path project = work.resolve("session.sidebench");
        Path prompts = work.resolve("prompts.csv");
        Files.writeString(prompts, "prompt,reference\n\"What is 2+2?\",four\n\"Capital of France?\",Paris\n"
                + "\"Name a colour.\",blue\n", StandardCharsets.UTF_8);
        String url = server.openAiBaseUrl();
        String p = project.toString();
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("new", p, "--title", "sentinel"),
                List.of("import", p, prompts.toString(), "--name", "qa"),
                List.of("credentials", "set", "SIDEBENCH_FILE_KEY"),
                List.of("credentials", "list"),
                List.of("models", p, "add", "--name", "env-model", "--provider", "openai-compatible", "--base-url", url,
                        "--model", "m1", "--api-key-env", "SIDEBENCH_ENV_KEY"),
                List.of("models", p, "add", "--name", "file-model", "--provider", "openai-compatible", "--base-url", url,
                        "--model", "m2", "--api-key-env", "SIDEBENCH_FILE_KEY"),
                List.of("models", p, "add", "--name", "echo-model", "--provider", "openai-compatible", "--base-url",
                        url, "--model", "echo", "--api-key-env", "SIDEBENCH_ENV_KEY"),
                List.of("models", p, "add", "--name", "no-key", "--provider", "openai-compatible", "--base-url", url,
                        "--model", "m1", "--api-key-env", "SIDEBENCH_UNSET_KEY"),
                List.of("models", p, "list", "--json"),
                List.of("models", p, "test", "env-model"),
                List.of("models", p, "test", "echo-model"),
                List.of("run", p, "--set", "qa", "--models", "env-model,file-model,echo-model", "--no-cache",
                        "--max-attempts", "3", "--seed", "1"),
                List.of("run", p, "--set", "qa", "--models", "no-key"),
                List.of("runs", p, "--json"),
                List.of("score", p, "--run", "1", "--scorers", "rougeL,length,judge:file-model"),
                List.of("stats", p, "--run", "1"),
                List.of("info", p, "--json")));
        for (String format : List.of("csv", "jsonl", "xlsx", "html", "pdf", "md")) {
            commands.add(List.of("export", p, "--run", "1", "--format", format, "--out", exports.resolve("results." + format).toString()));
        }
        commands.add(List.of("export", p, "--run", "1", "--charts", exports.resolve("charts").toString()));
        Path script = root.resolve("session.tsv");
        Files.write(script, commands.stream().map(c -> String.join("\t", c)).toList(), StandardCharsets.UTF_8);

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsidebench.config.dir=" + config, "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), CliSessionMain.class.getName(), script.toString())
                .directory(work.toFile())
                .redirectOutput(root.resolve("stdout.log").toFile())
                .redirectError(root.resolve("stderr.log").toFile());
        Map<String, String> env = pb.environment();
        env.remove("XDG_CONFIG_HOME");
        env.put("SIDEBENCH_ENV_KEY", ENV_KEY);
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        Process child = pb.start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write((FILE_KEY + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String stdout = Files.readString(root.resolve("stdout.log"));
        String stderr = Files.readString(root.resolve("stderr.log"));

        // the session did what it should, failures included
        assertThat(stdout).contains("Created", "Imported 3 prompts", "Stored SIDEBENCH_FILE_KEY", "Added model 'env-model'");
        assertThat(exitOf(stdout, "run " + p + " --set qa --models env-model")).isZero();
        assertThat(exitOf(stdout, "run " + p + " --set qa --models no-key")).isNotZero();
        assertThat(exitOf(stdout, "models " + p + " test echo-model")).isNotZero();
        assertThat(stderr).contains("SIDEBENCH_UNSET_KEY");
        for (String format : List.of("csv", "jsonl", "xlsx", "html", "pdf", "md")) {
            assertThat(exports.resolve("results." + format)).isNotEmptyFile();
        }
        // the keys were really used...
        List<RecordedRequest> chats = server.chatRequests();
        assertThat(chats).anyMatch(r -> ("Bearer " + ENV_KEY).equals(r.header("authorization")));
        assertThat(chats).anyMatch(r -> ("Bearer " + FILE_KEY).equals(r.header("authorization")));
        assertThat(chats).anyMatch(r -> r.model().equals("echo"));
        // ...and the credentials file is the only place holding one, readable by its owner only
        Path credentials = config.resolve("credentials.properties");
        assertThat(Files.readString(credentials)).contains(FILE_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");

        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                if (f.equals(credentials) || f.equals(script)) {
                    continue;
                }
                files++;
                for (String key : List.of(ENV_KEY, FILE_KEY)) {
                    if (contains(f, key)) {
                        found.add(root.relativize(f) + " holds " + (key.equals(ENV_KEY) ? "the env key" : "the file key"));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(stdout + stderr).doesNotContain(ENV_KEY).doesNotContain(FILE_KEY);
        System.out.printf("sentinel session: %d files searched (project, exports, charts, logs, caches), no key found%n",
                files);
    }

    private static int exitOf(String transcript, String commandStart) {
        int at = transcript.indexOf("$ sidebench " + commandStart);
        assertThat(at).as(commandStart + " in\n" + transcript).isNotNegative();
        int exit = transcript.indexOf("exit ", at);
        return Integer.parseInt(transcript.substring(exit + 5, transcript.indexOf('\n', exit)).trim());
    }

    /** The key as text, as Base64, inside any ZIP entry (XLSX, DOCX...), or as the text of a PDF. */
    private static boolean contains(Path file, String key) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (holds(bytes, key)) {
            return true;
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        if (holds(readAll(in), key)) {
                            return true;
                        }
                    }
                }
            }
        }
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf).contains(key);
            }
        }
        return false;
    }

    private static boolean holds(byte[] bytes, String key) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
        return text.contains(key) || text.contains(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))
                || text.contains(key.substring(3, 25)) || utf16.contains(key);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
