package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pixelstudio probes}: writes a seeded pixel-probe task suite (the embedded engine's tasks). */
@Command(name = "probes", description = "Generate a seeded pixel-probe task suite: images, a studio project of "
        + "synthesized traces and a held-out benchmark split with ground truth.")
final class ProbesCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Suite folder (created).")
    Path out;

    @Option(names = "--seed", defaultValue = "0", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", defaultValue = "200", description = "Items to generate (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--video", description = "Generate 16-frame video probes (select_frames traces) instead of images.")
    boolean video;

    ProbesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new CliUserException("--count must be at least 1, not " + count);
        }
        PrintWriter o = context.out();
        if (video) {
            VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(context.progress()).write(out, seed, count);
            long test = suite.items().stream().filter(i -> i.split() == ProbeSplit.TEST).count();
            o.printf("videos: %d (%d train, %d held out)%n", suite.items().size(), suite.items().size() - test, test);
            o.printf("traces: %d in %s%n", suite.traces().size(), suite.folder().resolve(VideoProbeSuiteWriter.PROJECT));
            o.printf("ground truth: %s%n", suite.folder().resolve(VideoProbeSuiteWriter.GROUND_TRUTH));
            return suite.synthesis().anyFailed() ? 1 : 0;
        }
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(context.progress()).write(out, seed, count);
        long test = suite.items().stream().filter(i -> i.split() == ProbeSplit.TEST).count();
        o.printf("items: %d (%d train, %d held out)%n", suite.items().size(), suite.items().size() - test, test);
        o.printf("traces: %d in %s%n", suite.traces().size(), suite.folder().resolve(ProbeSuiteWriter.PROJECT));
        o.printf("ground truth: %s%n", suite.folder().resolve(ProbeSuiteWriter.GROUND_TRUTH));
        return suite.synthesis().anyFailed() ? 1 : 0;
    }
}
