package io.sidebench.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import io.sidebench.logic.providers.gguf.GgufFileWriter;
import java.util.List;
import java.util.Random;

/**
 * Writes a tiny random-weights "llama" model that llama.cpp loads and runs: 2 layers, 64-wide
 * embedding, 4 heads, a SentencePiece-style ("llama") vocabulary of three special tokens, the 256
 * byte-fallback tokens, the letters and a few words. Weights are random from a fixed seed, so the
 * output is gibberish but deterministic for a given seed and sampler.
 *
 * <p>The output projection gives zero logits to special and byte tokens and large random logits to
 * words, so generation produces readable words and practically never picks end-of-sequence: a run
 * stops at max_tokens (or a stop string).
 *
 * <p>The file's {@code general.name} starts with "sidebench-test" and it carries
 * {@code sidebench.test_model = true}, so model discovery never offers it to users.
 */
public final class TinyGguf {
    public static final String NAME = "sidebench-test-tiny-llama";
    public static final long SEED = 20_260_101L;

    static final int EMBED = 64;
    static final int HEADS = 4;
    static final int LAYERS = 2;
    static final int FFN = 128;
    static final int CONTEXT = 512;

    private static final String SPACE = "\u2581";
    private static final List<String> WORDS = List.of("the", "a", "model", "side", "bench", "hello", "world",
            "is", "of", "and", "to", "in", "it", "fast", "slow", "token", "answer", "question", "local", "test",
            "yes", "no", "maybe", "blue", "green", "red", "seven", "three", "cat", "dog");

    private TinyGguf() {
    }

    /** Writes the tiny model with the default name and seed. */
    public static Path write(Path file) throws IOException {
        return write(file, NAME, SEED, null);
    }

    /**
     * @param name         general.name
     * @param chatTemplate a Jinja chat template to embed, or {@code null} for none
     */
    public static Path write(Path file, String name, long seed, String chatTemplate) throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        tokens.add("<unk>");
        types.add(2); // UNKNOWN
        tokens.add("<s>");
        types.add(3); // CONTROL
        tokens.add("</s>");
        types.add(3);
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6); // BYTE
        }
        int firstWord = tokens.size();
        tokens.add(SPACE);
        types.add(1); // NORMAL
        for (char c = 'a'; c <= 'z'; c++) {
            tokens.add(String.valueOf(c));
            types.add(1);
        }
        for (String w : WORDS) {
            tokens.add(SPACE + w);
            types.add(1);
        }
        int vocab = tokens.size();
        float[] scores = new float[vocab];
        int[] tokenTypes = new int[vocab];
        for (int i = 0; i < vocab; i++) {
            tokenTypes[i] = types.get(i);
            scores[i] = i < firstWord ? 0f : -(float) tokens.get(i).length();
        }

        GgufFileWriter w = new GgufFileWriter()
                .putString("general.architecture", "llama")
                .putString("general.name", name)
                .putUint32("general.alignment", GgufFileWriter.ALIGNMENT)
                .putUint32("general.file_type", 0) // all F32
                .putBool("sidebench.test_model", true)
                .putUint32("llama.context_length", CONTEXT)
                .putUint32("llama.embedding_length", EMBED)
                .putUint32("llama.block_count", LAYERS)
                .putUint32("llama.feed_forward_length", FFN)
                .putUint32("llama.attention.head_count", HEADS)
                .putUint32("llama.attention.head_count_kv", HEADS)
                .putUint32("llama.rope.dimension_count", EMBED / HEADS)
                .putFloat32("llama.rope.freq_base", 10000f)
                .putFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .putUint32("llama.vocab_size", vocab)
                .putString("tokenizer.ggml.model", "llama")
                .putStringArray("tokenizer.ggml.tokens", tokens)
                .putFloatArray("tokenizer.ggml.scores", scores)
                .putInt32Array("tokenizer.ggml.token_type", tokenTypes)
                .putUint32("tokenizer.ggml.unknown_token_id", 0)
                .putUint32("tokenizer.ggml.bos_token_id", 1)
                .putUint32("tokenizer.ggml.eos_token_id", 2)
                .putBool("tokenizer.ggml.add_bos_token", true)
                .putBool("tokenizer.ggml.add_eos_token", false);
        if (chatTemplate != null) {
            w.putString("tokenizer.chat_template", chatTemplate);
        }

        Random random = new Random(seed);
        w.addTensor("token_embd.weight", gaussian(random, EMBED * vocab, 1.0f), EMBED, vocab);
        w.addTensor("output_norm.weight", ones(EMBED), EMBED);
        float[] output = new float[EMBED * vocab];
        for (int t = firstWord; t < vocab; t++) {
            for (int i = 0; i < EMBED; i++) {
                output[t * EMBED + i] = (float) random.nextGaussian();
            }
        }
        w.addTensor("output.weight", output, EMBED, vocab);
        float projection = (float) (1.0 / Math.sqrt(EMBED));
        for (int layer = 0; layer < LAYERS; layer++) {
            String p = "blk." + layer + ".";
            w.addTensor(p + "attn_norm.weight", ones(EMBED), EMBED);
            w.addTensor(p + "attn_q.weight", gaussian(random, EMBED * EMBED, projection), EMBED, EMBED);
            w.addTensor(p + "attn_k.weight", gaussian(random, EMBED * EMBED, projection), EMBED, EMBED);
            w.addTensor(p + "attn_v.weight", gaussian(random, EMBED * EMBED, projection), EMBED, EMBED);
            w.addTensor(p + "attn_output.weight", gaussian(random, EMBED * EMBED, projection), EMBED, EMBED);
            w.addTensor(p + "ffn_norm.weight", ones(EMBED), EMBED);
            w.addTensor(p + "ffn_gate.weight", gaussian(random, EMBED * FFN, projection), EMBED, FFN);
            w.addTensor(p + "ffn_up.weight", gaussian(random, EMBED * FFN, projection), EMBED, FFN);
            w.addTensor(p + "ffn_down.weight", gaussian(random, FFN * EMBED, (float) (1.0 / Math.sqrt(FFN))),
                    FFN, EMBED);
        }
        w.write(file);
        return file;
    }

    private static float[] gaussian(Random random, int n, float std) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian() * std;
        }
        return v;
    }

    private static float[] ones(int n) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, 1f);
        return v;
    }
}
