package org.outreach.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "outreach", mixinStandardHelpOptions = true, version = "Outreach Warehouse 0.1.0",
        description = "The outreach programme's nightly warehouse: extract, transform, load, publish.",
        subcommands = {DemoCommand.class, RunCommand.class, BackfillCommand.class, QueryCommand.class,
                ExtractCommand.class, StatusCommand.class, RollbackCommand.class,
                CommandLine.HelpCommand.class})
public class OutreachCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new OutreachCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigurationException) {
                cmd.getErr().println("outreach " + cmd.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            cmd.getErr().println("outreach " + cmd.getCommandName() + " failed: " + e);
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
