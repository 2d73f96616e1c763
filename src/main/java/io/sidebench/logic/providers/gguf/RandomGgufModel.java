package io.sidebench.logic.providers.gguf;

import io.sidebench.logic.providers.gguf.GgufFileWriter.TensorType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes random-weights GGUF models in the exact tensor shapes of real small models, so llama.cpp
 * spends the same work per token on them as on the real thing (speed benchmarks need the shape, not
 * the knowledge). The output is gibberish, deterministic for a seed.
 *
 * <p>Tokenizer: a SentencePiece-style ("llama") vocabulary of the real size: {@code <unk> <s> </s>},
 * the 256 byte tokens, "▁", the letters, some words, then letter combinations up to the size. The
 * embeddings are tied (as in both real models: no {@code output.weight}), and the rows of the special
 * and byte tokens are zero, so their logits are 0 while every word has large random logits: greedy
 * answers are words and never end early — an answer runs to {@code max_tokens}.
 *
 * <p>The chat template is ChatML, as in both real models. Files carry {@code sidebench.test_model = true}, so model discovery never offers them.
 */
public final class RandomGgufModel {
    public static final long DEFAULT_SEED = 20_260_101L;

    /**
     * A transformer's shape, as in the model's config.json.
     *
     * @param qkvBias whether q, k and v projections have biases (Qwen2)
     */
    public record Shape(String id, String architecture, int layers, int embedding, int heads, int kvHeads,
                        int feedForward, int vocabulary, int context, float ropeBase, float rmsEpsilon,
                        boolean qkvBias) {
        public int headDimension() {
            return embedding / heads;
        }

        /** Weights in the file (tied embeddings counted once). */
        public long parameters() {
            long kv = (long) kvHeads * headDimension();
            long attention = 2L * embedding * embedding + 2L * embedding * kv
                    + (qkvBias ? embedding + 2 * kv : 0);
            long layer = attention + 3L * embedding * feedForward + 2L * embedding;
            return (long) vocabulary * embedding + layers * layer + embedding;
        }
    }

    /** HuggingFaceTB/SmolLM2-135M: llama, 30 layers, 576 wide, 9 heads / 3 KV heads, FFN 1536, 49,152 tokens. */
    public static final Shape SMOLLM2_135M = new Shape("smollm2-135m", "llama", 30, 576, 9, 3, 1536, 49_152,
            8192, 100_000f, 1e-5f, false);
    /** Qwen/Qwen2.5-0.5B: qwen2, 24 layers, 896 wide, 14 heads / 2 KV heads, FFN 4864, 151,936 tokens, q/k/v biases. */
    public static final Shape QWEN25_05B = new Shape("qwen2.5-0.5b", "qwen2", 24, 896, 14, 2, 4864, 151_936,
            32_768, 1_000_000f, 1e-6f, true);

    public static final Map<String, Shape> SHAPES = Stream.of(SMOLLM2_135M, QWEN25_05B)
            .collect(Collectors.toMap(Shape::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private static final String SPACE = "\u2581";
    private static final int SPECIAL = 3;
    private static final List<String> WORDS = List.of("write", "a", "short", "story", "about", "the", "lighthouse",
            "keeper", "light", "house", "sea", "night", "and", "of", "to", "in", "is", "it", "was", "he", "she",
            "hello", "world", "model", "local", "token", "answer", "question", "user", "assistant", "system");

    /**
     * The ChatML template both real models use, so Sidebench's child and {@code llama-server} render the
     * same prompt text (its markers are plain text here: the vocabulary has no special tokens for them).
     */
    static final String CHATML = "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n'"
            + " + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private RandomGgufModel() {
    }

    /** The shape for a user-typed id ("smollm2-135m", "qwen2.5-0.5b"), case-insensitive. */
    public static Shape shape(String id) {
        Shape shape = SHAPES.get(id.toLowerCase(Locale.ROOT));
        if (shape == null) {
            throw new IllegalArgumentException("unknown model shape \"" + id + "\" (known: "
                    + String.join(", ", SHAPES.keySet()) + ")");
        }
        return shape;
    }

    /** Writes {@code shape} with random weights of {@code type} (norms stay F32, as converters do). */
    public static Path write(Path file, Shape shape, TensorType type, long seed) throws IOException {
        if (shape.embedding() % shape.heads() != 0 || shape.heads() % shape.kvHeads() != 0) {
            throw new IllegalArgumentException(shape.id() + ": heads must divide the width and KV heads the heads");
        }
        List<String> tokens = vocabulary(shape.vocabulary());
        int words = SPECIAL + 256; // first token that may be generated
        float[] scores = new float[tokens.size()];
        int[] tokenTypes = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenTypes[i] = i == 0 ? 2 : i < SPECIAL ? 3 : i < words ? 6 : 1; // UNKNOWN, CONTROL, BYTE, NORMAL
            scores[i] = i < words ? 0f : -(float) tokens.get(i).length();
        }
        String arch = shape.architecture();
        GgufFileWriter w = new GgufFileWriter()
                .putString("general.architecture", arch)
                .putString("general.name", "sidebench-random-" + shape.id())
                .putUint32("general.alignment", GgufFileWriter.ALIGNMENT)
                .putUint32("general.file_type", type == TensorType.F16 ? 1 : 0)
                .putBool("sidebench.test_model", true)
                .putUint32(arch + ".context_length", shape.context())
                .putUint32(arch + ".embedding_length", shape.embedding())
                .putUint32(arch + ".block_count", shape.layers())
                .putUint32(arch + ".feed_forward_length", shape.feedForward())
                .putUint32(arch + ".attention.head_count", shape.heads())
                .putUint32(arch + ".attention.head_count_kv", shape.kvHeads())
                .putUint32(arch + ".rope.dimension_count", shape.headDimension())
                .putFloat32(arch + ".rope.freq_base", shape.ropeBase())
                .putFloat32(arch + ".attention.layer_norm_rms_epsilon", shape.rmsEpsilon())
                .putUint32(arch + ".vocab_size", shape.vocabulary())
                .putString("tokenizer.ggml.model", "llama")
                .putStringArray("tokenizer.ggml.tokens", tokens)
                .putFloatArray("tokenizer.ggml.scores", scores)
                .putInt32Array("tokenizer.ggml.token_type", tokenTypes)
                .putUint32("tokenizer.ggml.unknown_token_id", 0)
                .putUint32("tokenizer.ggml.bos_token_id", 1)
                .putUint32("tokenizer.ggml.eos_token_id", 2)
                .putBool("tokenizer.ggml.add_bos_token", true)
                .putBool("tokenizer.ggml.add_eos_token", false)
                .putString("tokenizer.chat_template", CHATML);

        int d = shape.embedding();
        long kv = (long) shape.kvHeads() * shape.headDimension();
        long ffn = shape.feedForward();
        float projection = (float) (1.0 / Math.sqrt(d));
        // tied embeddings: the input table is the output layer too; zero rows for special and byte tokens
        w.addTensor("token_embd.weight", type, random(seed, "token_embd", 1.0f, (long) words * d), d,
                shape.vocabulary());
        w.addTensor("output_norm.weight", TensorType.F32, ones(), d);
        for (int layer = 0; layer < shape.layers(); layer++) {
            String p = "blk." + layer + ".";
            w.addTensor(p + "attn_norm.weight", TensorType.F32, ones(), d);
            w.addTensor(p + "attn_q.weight", type, random(seed, p + "q", projection, 0), d, d);
            w.addTensor(p + "attn_k.weight", type, random(seed, p + "k", projection, 0), d, kv);
            w.addTensor(p + "attn_v.weight", type, random(seed, p + "v", projection, 0), d, kv);
            if (shape.qkvBias()) {
                w.addTensor(p + "attn_q.bias", TensorType.F32, random(seed, p + "qb", 0.1f, 0), d);
                w.addTensor(p + "attn_k.bias", TensorType.F32, random(seed, p + "kb", 0.1f, 0), kv);
                w.addTensor(p + "attn_v.bias", TensorType.F32, random(seed, p + "vb", 0.1f, 0), kv);
            }
            w.addTensor(p + "attn_output.weight", type, random(seed, p + "o", projection, 0), d, d);
            w.addTensor(p + "ffn_norm.weight", TensorType.F32, ones(), d);
            w.addTensor(p + "ffn_gate.weight", type, random(seed, p + "gate", projection, 0), d, ffn);
            w.addTensor(p + "ffn_up.weight", type, random(seed, p + "up", projection, 0), d, ffn);
            w.addTensor(p + "ffn_down.weight", type, random(seed, p + "down", (float) (1.0 / Math.sqrt(ffn)), 0),
                    ffn, d);
        }
        w.write(file);
        return file;
    }

    /** Exactly {@code size} distinct tokens: specials, bytes, "▁", letters, words, letter pairs and more. */
    static List<String> vocabulary(int size) {
        if (size < SPECIAL + 256 + 1 + 26 + WORDS.size()) {
            throw new IllegalArgumentException("vocabulary too small: " + size);
        }
        Set<String> tokens = new LinkedHashSet<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format(Locale.ROOT, "<0x%02X>", b));
        }
        tokens.add(SPACE);
        for (char c = 'a'; c <= 'z'; c++) {
            tokens.add(String.valueOf(c));
        }
        for (String word : WORDS) {
            tokens.add(SPACE + word);
        }
        for (long n = 0; tokens.size() < size; n++) {
            tokens.add(SPACE + letters(n));
        }
        return new ArrayList<>(tokens);
    }

    /** 0 → "aa", 1 → "ab", ... (two or more letters, so no clash with the single letters). */
    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        long v = n + 26;
        while (v > 0) {
            s.append((char) ('a' + v % 26));
            v /= 26;
        }
        return s.reverse().toString();
    }

    /**
     * Uniform random values of standard deviation {@code std} from a generator seeded by the model seed
     * and the tensor name; the first {@code zeros} values are 0.
     */
    private static GgufFileWriter.TensorData random(long seed, String tensor, float std, long zeros) {
        float scale = (float) (std * Math.sqrt(3.0)) * 2f;
        SplittableRandom random = new SplittableRandom(seed * 31 + tensor.hashCode());
        return (chunk, length, start) -> {
            for (int i = 0; i < length; i++) {
                chunk[i] = start + i < zeros ? 0f : (random.nextFloat() - 0.5f) * scale;
            }
        };
    }

    private static GgufFileWriter.TensorData ones() {
        return (chunk, length, start) -> Arrays.fill(chunk, 0, length, 1f);
    }
}
