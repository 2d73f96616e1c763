package io.sidebench.cli;

import picocli.CommandLine.Option;

/** The scripted answer of the benchmark commands: time to first token, token rate and answer length. */
final class ScriptedAnswerOptions {
    @Option(names = "--ttft-ms", defaultValue = "50", description = "time to first token (default: ${DEFAULT-VALUE})")
    double ttftMs;

    @Option(names = "--tokens-per-s", defaultValue = "200", description = "tokens per second after the first")
    double tokensPerSecond;

    @Option(names = "--tokens", defaultValue = "100", description = "tokens per answer")
    int tokens;
}
