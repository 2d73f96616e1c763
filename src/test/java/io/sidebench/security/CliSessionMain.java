package io.sidebench.security;

import io.sidebench.cli.SidebenchCli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper run in a child JVM: executes the CLI commands listed in a file (one command a line, arguments
 * separated by tabs) in order, printing "$ command" and each exit code, so a whole session needs one JVM.
 */
public final class CliSessionMain {
    private CliSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] command = line.split("\t");
            out.println("$ sidebench " + String.join(" ", command));
            int code = SidebenchCli.run(command, out, err);
            out.println("exit " + code);
        }
        out.flush();
        err.flush();
        System.exit(0);
    }
}
