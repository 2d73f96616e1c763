package io.sidebench.cli;

import io.sidebench.logic.scoring.EmbeddingModels;
import io.sidebench.logic.scoring.EmbeddingSimilarityScorer;
import io.sidebench.logic.scoring.ScoringContext;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.Prompt;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times embedding similarity on synthetic answers, the model loaded once. */
@Command(name = "bench-score", hidden = true, mixinStandardHelpOptions = true,
        description = "Embedding-score N synthetic answers against 100 references and print the time.")
final class BenchScoreCommand implements Callable<Integer> {
    private static final String[] WORDS = ("the a model answer question capital city river mountain because however "
            + "therefore population large small north south east west history science result method data value "
            + "system network energy water light time year people country language number first second great "
            + "important different common possible simple complex new old early late main public local general "
            + "during between against without within around through about after before under over again").split(" ");
    private static final String[] HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切米统".split("");

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "10000", description = "answers to score (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--batch", defaultValue = "256", description = "answers per embedding call (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--words", defaultValue = "40", description = "mean answer length in words (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--cjk", description = "Chinese answers (bge-small-zh) instead of English (all-MiniLM)")
    boolean cjk;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(seed);
        List<Prompt> prompts = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            prompts.add(new Prompt(p + 1, "p" + p, p, null, List.of(new Turn("question " + p, text(random))), null,
                    Map.of(), List.of()));
        }
        List<ScoringContext> contexts = new ArrayList<>(count);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            String answer = text(random) + " #" + i;
            chars += answer.length();
            Prompt prompt = prompts.get(i % prompts.size());
            Completion c = new Completion(i + 1, new CellKey(1, prompt.id(), 1 + i / prompts.size(), 0),
                    CompletionStatus.OK, answer, List.of(answer), null, null, Metrics.NONE, List.of(), false, 1,
                    Instant.EPOCH);
            contexts.add(new ScoringContext(c, prompt));
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        EmbeddingModels models = EmbeddingModels.offline();
        var scorer = EmbeddingSimilarityScorer.toReference(models);
        long t0 = System.nanoTime();
        (cjk ? models.cjk() : models.latin()).embed(List.of("warm-up"));
        long loadNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        double sum = 0;
        int valued = 0;
        for (int from = 0; from < contexts.size(); from += batch) {
            for (Score s : scorer.scoreAll(contexts.subList(from, Math.min(contexts.size(), from + batch)))) {
                if (s.value() != null) {
                    sum += s.value();
                    valued++;
                }
            }
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu1) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "bench-score: %d %s answers (mean %.0f chars) against 100 references, model %s%n",
                count, cjk ? "Chinese" : "English", (double) chars / Math.max(1, count),
                (cjk ? models.cjk() : models.latin()).name());
        out.printf(Locale.ROOT, "  model load + first embedding: %.2f s (once)%n", loadNanos / 1e9);
        out.printf(Locale.ROOT, "  scoring: %.2f s, %.1f answers/s, mean similarity %.3f%n", seconds, count / seconds,
                valued == 0 ? Double.NaN : sum / valued);
        if (cpuSeconds > 0) {
            out.printf(Locale.ROOT, "  CPU time: %.1f s (%.1f answers per CPU-second; %.2f cores busy on average)%n",
                    cpuSeconds, count / cpuSeconds, cpuSeconds / seconds);
        }
        out.printf(Locale.ROOT, "  machine: %d cores, load average %.2f before / %.2f after%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        return 0;
    }

    /** CPU time of this process (all threads), or -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private String text(Random random) {
        int n = Math.max(3, (int) Math.round(words * (0.5 + random.nextDouble())));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (cjk) {
                sb.append(HAN[random.nextInt(HAN.length)]);
                sb.append(HAN[random.nextInt(HAN.length)]);
            } else {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return sb.toString();
    }
}
