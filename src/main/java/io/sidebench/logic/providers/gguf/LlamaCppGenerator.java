package io.sidebench.logic.providers.gguf;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.LogLevel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a GGUF model in this process with llama.cpp through {@code de.kherud:llama} (JNI). Only the
 * child JVM ({@link GgufServerMain}) creates one, so a native crash cannot take the workbench down.
 */
final class LlamaCppGenerator implements TextGenerator {
    private final LlamaModel model;
    private final String modelId;
    private final boolean modelTemplate;

    private LlamaCppGenerator(LlamaModel model, String modelId, boolean modelTemplate) {
        this.model = model;
        this.modelId = modelId;
        this.modelTemplate = modelTemplate;
    }

    /** Settings of the runtime; {@code contextSize} 0 means the model's own, capped at 4096. */
    record Settings(int contextSize, int threads, int parallel, boolean verbose) {
    }

    /**
     * Loads the model. The server's log goes to {@code log} (debug lines only when verbose); the
     * loader's own explanation of a failure goes to stderr, where the parent finds it.
     */
    static LlamaCppGenerator load(Path file, GgufMetadata metadata, Settings settings, PrintStream log) {
        // llama.cpp's loader logs straight to stderr; the server's lines come through here
        LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> {
            if (settings.verbose() || level != LogLevel.DEBUG) {
                log.print(message);
                log.flush();
            }
        });
        boolean hasTemplate = metadata.chatTemplate() != null && !metadata.chatTemplate().isBlank();
        ModelParameters params = parameters(file, metadata, settings);
        try {
            LlamaModel model = new LlamaModel(params);
            warmUp(model);
            String id = metadata.name() != null && !metadata.name().isBlank() ? metadata.name()
                    : file.getFileName().toString();
            return new LlamaCppGenerator(model, id, hasTemplate);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new GgufException(file + ": llama.cpp cannot load the model: " + e.getMessage(), e);
        }
    }

    /**
     * One short generation through the server's own thread. llama.cpp's built-in warm-up would run on the
     * loading thread instead, and leave there a second OpenMP team whose parked thread makes libgomp
     * count more threads than cores: every barrier then sleeps in futex instead of spinning.
     */
    private static void warmUp(LlamaModel model) {
        for (LlamaOutput ignored : model.generate(new InferenceParameters("Hello").setNPredict(2))) {
            // run to the end
        }
    }

    /**
     * llama.cpp's options for {@code settings}: generation and prompt processing on the same number of
     * threads (as {@code llama-bench} and {@code llama-server -t N} do), and no built-in warm-up (see
     * {@link #warmUp}).
     */
    static ModelParameters parameters(Path file, GgufMetadata metadata, Settings settings) {
        int context = settings.contextSize() > 0 ? settings.contextSize()
                : Math.min(4096, metadata.contextLength() == null ? 4096 : metadata.contextLength());
        int threads = Math.max(1, settings.threads());
        ModelParameters params = new ModelParameters()
                .setModel(file.toString())
                .setCtxSize(context * Math.max(1, settings.parallel()))
                .setParallel(Math.max(1, settings.parallel()))
                .setThreads(threads)
                .setThreadsBatch(threads)
                .disableContextShift()
                .skipWarmup();
        if (metadata.chatTemplate() != null && !metadata.chatTemplate().isBlank()) {
            params.enableJinja();
        }
        return params;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public String applyChatTemplate(List<Message> messages) {
        if (!modelTemplate) {
            return SimpleChatTemplate.apply(messages);
        }
        StringBuilder system = new StringBuilder();
        List<Pair<String, String>> turns = new ArrayList<>();
        for (Message m : messages) {
            String role = m.role() == null ? "user" : m.role().toLowerCase(Locale.ROOT);
            if (role.equals("system") || role.equals("developer")) {
                system.append(system.length() > 0 ? "\n\n" : "").append(m.content());
            } else {
                turns.add(new Pair<>(role.equals("assistant") ? "assistant" : "user", m.content()));
            }
        }
        try {
            return model.applyTemplate(new InferenceParameters("").setMessages(system.toString(), turns));
        } catch (RuntimeException e) {
            // a template llama.cpp cannot render: fall back to the documented plain one
            return SimpleChatTemplate.apply(messages);
        }
    }

    @Override
    public List<String> templateStops() {
        return modelTemplate ? List.of() : List.of(SimpleChatTemplate.TURN_STOP);
    }

    @Override
    public Result generate(Request request, Consumer<String> onText, BooleanSupplier cancelled) {
        InferenceParameters params = new InferenceParameters(request.prompt())
                .setNPredict(request.maxTokens() == null ? -1 : request.maxTokens());
        if (request.temperature() != null) {
            params.setTemperature(request.temperature().floatValue());
        }
        if (request.topP() != null) {
            params.setTopP(request.topP().floatValue());
        }
        if (request.seed() != null) {
            params.setSeed(request.seed());
        }
        if (!request.stop().isEmpty()) {
            params.setStopStrings(request.stop().toArray(String[]::new));
        }
        int promptTokens = model.encode(request.prompt()).length;
        int tokens = 0;
        try {
            LlamaIterator it = model.generate(params).iterator();
            while (it.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    it.cancel();
                    break;
                }
                LlamaOutput out = it.next();
                if (it.hasNext()) {
                    tokens++; // the last output only closes the stream
                }
                if (!out.text.isEmpty()) {
                    onText.accept(out.text);
                }
            }
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("context")) {
                throw new IllegalArgumentException(message, e);
            }
            throw e;
        }
        boolean length = request.maxTokens() != null && tokens >= request.maxTokens();
        return new Result(promptTokens, tokens, length ? "length" : "stop");
    }

    @Override
    public void close() {
        model.close();
    }
}
