package io.sidebench.logic.answers;

import io.sidebench.cli.SidebenchCli;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writing answer files, running the CLI in-process and reading a run's answers back, for the answer-import tests. */
final class AnswerTestSupport {
    private AnswerTestSupport() {
    }

    record Result(int code, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** "promptKey|model" to the answers of every turn, for one run. */
    static Map<String, List<String>> answers(ProjectStore store, long runId) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Completion c : store.completions().forRun(runId, false)) {
            String key = store.promptSets().prompt(c.cell().promptId()).map(Prompt::key).orElse("?") + "|"
                    + store.models().get(c.cell().modelId()).map(ModelConfig::name).orElse("?");
            out.put(key, c.turnAnswers());
        }
        return out;
    }

    static long latestRun(ProjectStore store) {
        return store.runs().list().stream().mapToLong(r -> r.id()).max().orElse(-1);
    }

    /** Writes one sheet; a Number cell is numeric. */
    static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Answers");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
