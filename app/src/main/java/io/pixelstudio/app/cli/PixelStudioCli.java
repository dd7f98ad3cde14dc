package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormats;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point and composition root of the {@code pixelstudio} command line: discovers the
 * formats, builds the shared {@link CliContext} and hands it to each subcommand through picocli's
 * factory.
 */
@Command(name = "pixelstudio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Pixel Reasoner Studio command line: validate, convert, render and summarise "
                + "pixel-space reasoning traces.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, RenderCommand.class, StatsCommand.class,
                FramesCommand.class, ScoreCommand.class, CompareCommand.class,
                FormatsCommand.class, RolloutsCommand.class, SynthesizeCommand.class, ExportCommand.class,
                AskCommand.class, EvalCommand.class, ProbeCommand.class, ProbesCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class PixelStudioCli {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line writing to the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        boolean interactive = System.console() != null;
        CliContext context = new CliContext(TraceFormats.discover(), out, stderr, interactive);
        CommandLine commandLine = new CommandLine(new PixelStudioCli(), new ContextFactory(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        int status = commandLine.execute(args);
        out.flush();
        return status;
    }
}
