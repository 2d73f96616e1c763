package io.sidebench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "checkout", mixinStandardHelpOptions = true,
        description = {"Copy a team project into a new project file, everything included, ids kept: to work "
                + "offline or to send the result to someone.",
            "Others may go on writing to the team project meanwhile; the file holds the project as it was when the "
                + "copy started. No password is written into the file."})
final class CheckoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "the team project: postgresql://host[:port]/db?project=NAME")
    String from;

    @Parameters(index = "1", paramLabel = "FILE", description = "the project file to create (.sidebench)")
    String to;

    @Override
    public Integer call() {
        return PublishCommand.copy(spec, from, to, "Checked out");
    }
}
