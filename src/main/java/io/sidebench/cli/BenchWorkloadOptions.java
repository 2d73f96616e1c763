package io.sidebench.cli;

import picocli.CommandLine.Option;

/** The size of a benchmark run: prompts times models. */
final class BenchWorkloadOptions {
    @Option(names = "--prompts", defaultValue = "2000", description = "prompts (default: ${DEFAULT-VALUE})")
    int prompts;

    @Option(names = "--models", defaultValue = "4", description = "models, each answering every prompt")
    int models;
}
