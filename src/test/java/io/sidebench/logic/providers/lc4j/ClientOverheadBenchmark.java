package io.sidebench.logic.providers.lc4j;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.logic.providers.secrets.SecretScrubber;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.StubScript;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how far the OpenAI-compatible client's measured TTFT and e2e are from the stub's script, and
 * the wall time against the ideal, at concurrency 16 and 32. Figures only, no assertions; excluded from
 * the default build (run with -Dexcluded.groups= -Dgroups=benchmark -Dtest=ClientOverheadBenchmark).
 */
@Tag("benchmark")
class ClientOverheadBenchmark {
    @Test
    void printOverhead() throws Exception {
        for (int concurrency : new int[] {16, 32}) {
            run(concurrency, 640);
        }
    }

    private static void run(int concurrency, int requests) throws Exception {
        StubScript script = StubScript.ok().ttft(50).rate(200).tokens(20);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try (StubLlmServer server = StubLlmServer.start()) {
            server.defaultScript(script);
            OpenAiCompatibleClient client = new OpenAiCompatibleClient(server.openAiBaseUrl(), "m", null, null,
                    new StreamingCallRunner(server.openAiBaseUrl(), timer, Duration.ofSeconds(30),
                            SecretScrubber.none(), Clock.systemUTC()));
            ChatRequest request = new ChatRequest(List.of(ChatMessage.user("hello")), null, null, null);
            client.complete(request, StreamListener.NONE, CancelToken.none());
            long start = System.nanoTime();
            List<Future<ModelResult>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> client.complete(request, StreamListener.NONE, CancelToken.none())));
            }
            double[] ttftError = new double[requests];
            double[] e2eError = new double[requests];
            int failed = 0;
            for (int i = 0; i < requests; i++) {
                ModelResult r = futures.get(i).get();
                if (!r.isOk()) {
                    failed++;
                    continue;
                }
                ttftError[i] = r.chunks().get(0).atMs() - script.ttftMs();
                e2eError[i] = r.e2eMs() - script.dueNanos(19) / 1e6;
            }
            double wallMs = (System.nanoTime() - start) / 1e6;
            double[] serverError = server.chatRequests().stream().skip(1)
                    .mapToDouble(r -> r.serverTtftMs() - script.ttftMs()).sorted().toArray();
            double idealMs = Math.ceil((double) requests / concurrency) * script.dueNanos(19) / 1e6;
            Arrays.sort(ttftError);
            Arrays.sort(e2eError);
            System.out.printf(Locale.ROOT, "concurrency %d, %d requests (50 ms TTFT, 200 tok/s, 20 tokens): "
                            + "TTFT error p50 %.2f ms p95 %.2f ms; e2e error p50 %.2f ms p95 %.2f ms; wall %.0f ms vs "
                            + "ideal %.0f ms (+%.1f %%); failed %d; the stub's own lateness writing the first token p50 %.2f ms "
                            + "p95 %.2f ms%n", concurrency, requests,
                    ttftError[requests / 2], ttftError[requests * 95 / 100], e2eError[requests / 2],
                    e2eError[requests * 95 / 100], wallMs, idealMs, 100 * (wallMs / idealMs - 1), failed,
                    serverError[serverError.length / 2], serverError[serverError.length * 95 / 100]);
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }
}
