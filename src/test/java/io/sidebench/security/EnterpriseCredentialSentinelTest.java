package io.sidebench.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.BedrockStubServer;
import io.sidebench.testsupport.RecordedRequest;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentinel session of {@link ApiKeySentinelSessionTest} for the enterprise credential kinds: an Azure
 * key, a Microsoft Entra token, an AWS secret key and session token, and a gateway header value (given as
 * env:VAR), each a sentinel in the child JVM's environment. Models are added, tested (one refused with a
 * 401 that would echo), run, listed, exported; then every file under the session's folders and the
 * captured output is searched for every sentinel (text, Base64, inside ZIP entries): never found. The
 * stubs' logs prove each credential was really sent.
 */
class EnterpriseCredentialSentinelTest {
    private static final Map<String, String> SENTINELS = Map.of(
            "SB_AZURE_KEY", "azure-SENTINEL-key-1f2e3d4c5b6a79880",
            "SB_ENTRA_TOKEN", "eyJ0eXAiOi.ENTRA-SENTINEL-token.c2lnbmF0dXJl",
            "AWS_SECRET_ACCESS_KEY", "aws-SENTINEL-secret-9a8b7c6d5e4f3a2b1c0d",
            "AWS_SESSION_TOKEN", "aws-SENTINEL-session-IQoJb3JpZ2luX2VjEHca",
            "SB_GATEWAY_KEY", "gateway-SENTINEL-header-7e6d5c4b3a29");
    @TempDir
    Path root;
    private final StubLlmServer server = StubLlmServer.start();
    private final BedrockStubServer bedrock = new BedrockStubServer("AKIASENTINELTEST01",
            SENTINELS.get("AWS_SECRET_ACCESS_KEY"), "eu-central-1");

    @AfterEach
    void stop() {
        server.close();
        bedrock.close();
    }

    @Test
    void enterpriseCredentialsNeverReachAnyFileOrOutput() throws Exception {
        server.script("gpt-4o-prod", StubScript.ok().ttft(5).rate(1000).answerText("Four ."))
                .script("gpt-4o-entra", StubScript.ok().ttft(5).rate(1000).answerText("Paris ."))
                .script("gw-model", StubScript.ok().ttft(5).rate(1000).answerText("Blue ."))
                .script("echo-401", StubScript.status(401));
        Path work = Files.createDirectories(root.resolve("work"));
        Path config = Files.createDirectories(root.resolve("config"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path exports = Files.createDirectories(work.resolve("exports"));
        Path prompts = work.resolve("prompts.csv");
        Files.writeString(prompts, "prompt,reference\n\"What is 2+2?\",four\n\"Capital of France?\",Paris\n",
                StandardCharsets.UTF_8);
        String p = work.resolve("session.sidebench").toString();
        String url = server.baseUrl();
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("new", p, "--title", "enterprise sentinel"),
                List.of("import", p, prompts.toString(), "--name", "qa"),
                List.of("models", p, "add", "--name", "azure-key", "--provider", "azure-openai", "--base-url", url,
                        "--model", "gpt-4o-prod", "--api-key-env", "SB_AZURE_KEY"),
                List.of("models", p, "add", "--name", "azure-entra", "--provider", "azure-openai", "--base-url", url,
                        "--model", "gpt-4o-entra", "--auth", "entra", "--token-env", "SB_ENTRA_TOKEN"),
                List.of("models", p, "add", "--name", "azure-echo", "--provider", "azure-openai", "--base-url", url,
                        "--model", "echo-401", "--api-key-env", "SB_AZURE_KEY"),
                List.of("models", p, "add", "--name", "gateway", "--provider", "openai-compatible", "--base-url",
                        server.openAiBaseUrl(), "--model", "gw-model", "--header", "X-Gateway-Key=env:SB_GATEWAY_KEY"),
                List.of("models", p, "add", "--name", "bedrock", "--provider", "bedrock", "--base-url", bedrock.baseUrl(),
                        "--model", "us.deepseek.r1-v1:0", "--region", "eu-central-1"),
                List.of("models", p, "list", "--json"),
                List.of("models", p, "test", "azure-key"),
                List.of("models", p, "test", "azure-echo"),
                List.of("models", p, "test", "bedrock"),
                List.of("run", p, "--set", "qa", "--models", "azure-key,azure-entra,gateway,bedrock", "--no-cache",
                        "--seed", "1"),
                List.of("run", p, "--set", "qa", "--models", "azure-echo"),
                List.of("runs", p, "--json"),
                List.of("info", p, "--json")));
        for (String format : List.of("csv", "jsonl", "xlsx", "html", "md")) {
            commands.add(List.of("export", p, "--run", "1", "--format", format, "--out",
                    exports.resolve("results." + format).toString()));
        }
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
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.endsWith("_PROXY") || k.endsWith("_proxy"));
        env.putAll(SENTINELS);
        env.put("AWS_ACCESS_KEY_ID", "AKIASENTINELTEST01");
        env.put("HOME", home.toString());
        Process child = pb.start();
        child.getOutputStream().close();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String stdout = Files.readString(root.resolve("stdout.log"));
        String stderr = Files.readString(root.resolve("stderr.log"));
        assertThat(stdout).as(stderr).contains("Added model 'azure-key'", "Added model 'bedrock'");
        assertThat(exitOf(stdout, "run " + p + " --set qa --models azure-key")).as(stdout + stderr).isZero();
        assertThat(exitOf(stdout, "models " + p + " test azure-echo")).isNotZero();

        // every credential was really sent
        List<RecordedRequest> chats = server.chatRequests();
        assertThat(chats).anyMatch(r -> SENTINELS.get("SB_AZURE_KEY").equals(r.header("api-key")));
        assertThat(chats).anyMatch(r -> ("Bearer " + SENTINELS.get("SB_ENTRA_TOKEN")).equals(r.header("authorization")));
        assertThat(chats).anyMatch(r -> SENTINELS.get("SB_GATEWAY_KEY").equals(r.header("x-gateway-key")));
        assertThat(bedrock.requests()).anyMatch(h -> SENTINELS.get("AWS_SESSION_TOKEN").equals(h.get("x-amz-security-token")));
        assertThat(bedrock.requests()).hasSizeGreaterThanOrEqualTo(3);

        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files++;
                for (Map.Entry<String, String> s : SENTINELS.entrySet()) {
                    if (contains(f, s.getValue())) {
                        found.add(root.relativize(f) + " holds " + s.getKey());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        for (String secret : SENTINELS.values()) {
            assertThat(stdout + stderr).doesNotContain(secret);
        }
        System.out.printf("enterprise sentinel session: %d files searched, no credential found%n", files);
    }

    private static int exitOf(String transcript, String commandStart) {
        int at = transcript.indexOf("$ sidebench " + commandStart);
        assertThat(at).as(commandStart + " in\n" + transcript).isNotNegative();
        int exit = transcript.indexOf("exit ", at);
        return Integer.parseInt(transcript.substring(exit + 5, transcript.indexOf('\n', exit)).trim());
    }

    private static boolean contains(Path file, String key) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (holds(bytes, key)) {
            return true;
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        in.transferTo(out);
                        if (holds(out.toByteArray(), key)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean holds(byte[] bytes, String key) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.contains(key) || text.contains(key.substring(4, 24))
                || text.contains(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))
                || new String(bytes, StandardCharsets.UTF_16LE).contains(key);
    }
}
