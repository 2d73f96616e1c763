package io.sidebench.logic.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sidebench.model.Prompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random mutation of the good prompt files (byte flips, inserted delimiters, quotes, brackets,
 * invalid UTF-8, deletions, duplications, truncation, splices): every mutant must either import or fail
 * with a one-line {@code file:line[:column]: reason} ImportException, never any other exception.
 * A short run is part of {@code mvn verify}; {@code -Dgroups=slow-fuzz} runs a long one
 * ({@code -Dsidebench.fuzz.iterations=N -Dsidebench.fuzz.seed=S}).
 */
class ImporterFuzzTest {
    private static final byte[][] TOKENS = {
        {'"'}, {'\''}, {','}, {';'}, {'\t'}, {'\n'}, {'\r', '\n'}, {'{'}, {'}'}, {'['}, {']'}, {':'}, {'-', ' '},
        {'{', '{'}, {'}', '}'}, {'\\'}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE6, (byte) 0x97}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {0}, {'&', 'a'}, {'*', 'a'}, {'#'}, {'|'}, {'>'}, {'n', 'u', 'l', 'l'}, {'1', 'e', '9', '9', '9'},
        "{{x}}".getBytes(), "\"role\": \"user\"".getBytes(), "file://x".getBytes(),
    };
    private static final Pattern MESSAGE = Pattern.compile("^.+?(:\\d+(:\\d+)?)?: \\S[^\\n\\r]*$");

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void briefRun() throws Exception {
        fuzz(20260601L, 500);
    }

    @Test
    @Tag("slow-fuzz")
    void longRun() throws Exception {
        fuzz(Long.getLong("sidebench.fuzz.seed", System.currentTimeMillis()), Integer.getInteger("sidebench.fuzz.iterations", 50_000));
    }

    private void fuzz(long seed, int iterations) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(ImportTestSupport.resource("prompts/good"))) {
            seeds = s.sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path p : seeds) {
            contents.add(Files.readAllBytes(p));
        }
        PromptImporters importers = PromptImporters.standard();
        Random random = new Random(seed);
        int imported = 0;
        int refused = 0;
        for (int i = 0; i < iterations; i++) {
            int pick = random.nextInt(seeds.size());
            String name = seeds.get(pick).getFileName().toString();
            if (name.endsWith(".xlsx") && random.nextInt(10) != 0) {
                pick = (pick + 1) % seeds.size();
                name = seeds.get(pick).getFileName().toString();
            }
            byte[] mutant = mutate(contents.get(pick), contents.get(random.nextInt(contents.size())), random);
            Path file = dir.resolve("m" + i + name.substring(name.lastIndexOf('.')));
            Files.write(file, mutant);
            ImportFormat forced = random.nextInt(5) == 0
                    ? ImportFormat.values()[random.nextInt(ImportFormat.values().length)] : null;
            try {
                List<Prompt> out = new ArrayList<>();
                ImportOptions options = ImportOptions.defaults().withMaxLineChars(64 * 1024);
                ImportFormat format = forced != null ? forced : importers.detector().detect(file, options).container();
                importers.get(format).read(file, options.withFormat(forced), out::add);
                assertThat(out).isNotEmpty();
                imported++;
            } catch (ImportException e) {
                if (!MESSAGE.matcher(e.getMessage()).matches() || !e.getMessage().startsWith(file.toString())) {
                    keep(file, seed, i);
                    fail("seed " + seed + " iteration " + i + " (" + name + ", format " + forced + "): badly formed message: "
                            + e.getMessage());
                }
                refused++;
            } catch (Throwable t) {
                keep(file, seed, i);
                throw new AssertionError("seed " + seed + " iteration " + i + " (" + name + ", format " + forced
                        + "): not an ImportException", t);
            }
            Files.delete(file);
        }
        assertThat(imported + refused).isEqualTo(iterations);
        assertThat(refused).as("the mutations must break files").isPositive();
        assertThat(imported).as("some mutants must still import").isPositive();
    }

    private static byte[] mutate(byte[] original, byte[] other, Random random) {
        List<Byte> out = new ArrayList<>(original.length + 16);
        for (byte b : original) {
            out.add(b);
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.size());
            switch (random.nextInt(7)) {
                case 0:
                    if (!out.isEmpty()) {
                        out.set(at, (byte) random.nextInt(256));
                    }
                    break;
                case 1:
                case 2:
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)];
                    for (int k = token.length - 1; k >= 0; k--) {
                        out.add(at, token[k]);
                    }
                    break;
                case 3:
                    int len = Math.min(out.size() - at, 1 + random.nextInt(20));
                    out.subList(at, at + len).clear();
                    break;
                case 4:
                    int dup = Math.min(out.size() - at, 1 + random.nextInt(40));
                    out.addAll(at, new ArrayList<>(out.subList(at, at + dup)));
                    break;
                case 5:
                    out.subList(at, out.size()).clear();
                    break;
                default:
                    int from = other.length == 0 ? 0 : random.nextInt(other.length);
                    int n = Math.min(other.length - from, 1 + random.nextInt(30));
                    for (int k = n - 1; k >= 0; k--) {
                        out.add(at, other[from + k]);
                    }
                    break;
            }
        }
        byte[] bytes = new byte[out.size()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = out.get(k);
        }
        return bytes;
    }

    private static void keep(Path file, long seed, int iteration) {
        try {
            Path failures = Path.of("target", "fuzz-failures");
            Files.createDirectories(failures);
            Files.copy(file, failures.resolve(seed + "-" + iteration + "-" + file.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // the assertion message still names seed and iteration
        }
    }
}
