package io.sidebench.cli;

import io.sidebench.logic.providers.secrets.CredentialsStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "credentials", mixinStandardHelpOptions = true,
        description = "API keys kept in your user settings (owner-only file), never in projects.",
        subcommands = {
            CredentialsCommand.Set.class,
            CredentialsCommand.ListNames.class,
            CredentialsCommand.Remove.class,
        })
final class CredentialsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: set, list or remove");
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Store a key under NAME (read without echo from the terminal, or one line from stdin).")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "e.g. OPENAI_API_KEY")
        String name;

        @Override
        public Integer call() throws IOException {
            ModelsAddCommand.checkKeyEnv(name);
            String value;
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Key for %s (not shown): ", name);
                value = typed == null ? null : new String(typed);
            } else {
                value = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            if (value == null || value.isBlank()) {
                throw new CliException("no key given; nothing stored");
            }
            CredentialsStore store = CredentialsStore.inUserConfig();
            store.put(name, value.trim());
            spec.commandLine().getOut().println("Stored " + name + " in " + store.file() + " (readable only by you)");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored names (never the keys).")
    static final class ListNames implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CredentialsStore.inUserConfig().names().forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget the key stored under NAME.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!CredentialsStore.inUserConfig().remove(name)) {
                throw new CliException("no stored key named " + name);
            }
            spec.commandLine().getOut().println("Removed " + name);
            return 0;
        }
    }
}
