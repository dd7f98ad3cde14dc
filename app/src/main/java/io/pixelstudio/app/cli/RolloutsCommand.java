package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporter;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio rollouts …}: RL rollout dumps, to see per training step whether the model keeps
 * using pixel-space operations (RaPR) and what that does to accuracy and reward.
 */
@Command(name = "rollouts", description = "Inspect RL rollout dumps (Pixel Reasoner, OpenRLHF/verl JSONL, studio).",
        subcommands = {RolloutsCommand.Stats.class})
final class RolloutsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** {@code rollouts} alone names no action. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'pixelstudio rollouts stats DUMP'");
    }

    /** {@code pixelstudio rollouts stats DUMP}: per-step RaPR, accuracy, tool calls and stored reward. */
    @Command(name = "stats", description = "Per training step: groups, rollouts, RaPR, accuracy, mean tool calls, "
            + "mean stored reward.")
    static final class Stats implements Callable<Integer> {

        private final CliContext context;

        @Parameters(paramLabel = "DUMP", description = "Rollout dump (JSONL).")
        Path dump;

        @Option(names = {"-f", "--format"}, paramLabel = "ID",
                description = "pixelreasoner-dump, prompt-response-jsonl or studio-rollouts; detected when omitted.")
        String format;

        @Option(names = "--rollouts-per-step", paramLabel = "N", defaultValue = "0",
                description = "Lines a Pixel Reasoner training dump holds per step (it stores no step); "
                        + "0 leaves the step unknown (-1).")
        int rolloutsPerStep;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        Stats(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (rolloutsPerStep < 0) {
                throw new CliUserException("--rollouts-per-step must not be negative: " + rolloutsPerStep);
            }
            RolloutImporters importers = new RolloutImporters(rolloutsPerStep);
            RolloutImporter importer = format == null ? importers.detect(dump) : importers.byId(format);
            RolloutImport result = importer.read(dump);
            for (Finding finding : result.findings()) {
                context.err().println(finding);
            }
            List<StepFigures> steps = perStep(result.rollouts());
            if (json) {
                printJson(importer, steps, result.findings().size());
            } else {
                printTable(importer, steps, result);
            }
            return 0;
        }

        private void printTable(RolloutImporter importer, List<StepFigures> steps, RolloutImport result) {
            context.out().println(dump.getFileName() + " · " + importer.id() + " · " + result.rollouts().size()
                    + " rollouts · " + result.findings().size() + " unreadable lines");
            TextTable table = new TextTable("step", "groups", "rollouts", "RaPR", "accuracy", "tool calls",
                    "stored reward");
            for (StepFigures s : steps) {
                table.row(s.step() < 0 ? "unknown" : s.step(), s.groups(), s.rollouts(), percent(s.rapr()),
                        percent(s.accuracy()), fixed(s.meanToolCalls()),
                        s.meanStoredReward().isPresent() ? fixed(s.meanStoredReward().getAsDouble()) : "-");
            }
            table.print(context.out());
        }

        private void printJson(RolloutImporter importer, List<StepFigures> steps, int unreadable) throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("file", dump.toString());
            node.put("format", importer.id());
            node.put("unreadableLines", unreadable);
            ArrayNode rows = node.putArray("steps");
            for (StepFigures s : steps) {
                ObjectNode row = rows.addObject();
                row.put("step", s.step());
                row.put("groups", s.groups());
                row.put("rollouts", s.rollouts());
                row.put("rapr", s.rapr());
                row.put("accuracy", s.accuracy());
                row.put("meanToolCalls", s.meanToolCalls());
                if (s.meanStoredReward().isPresent()) {
                    row.put("meanStoredReward", s.meanStoredReward().getAsDouble());
                } else {
                    row.putNull("meanStoredReward");
                }
            }
            context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        }
    }

    /**
     * One step's figures. HOOK: stands in for {@code io.pixelstudio.trace.rollout.stats.StepStats}
     * (with {@code RolloutGrouping}) until that branch is merged; replace {@link #perStep} with it then.
     */
    record StepFigures(int step, int groups, int rollouts, double rapr, double accuracy, double meanToolCalls,
                       OptionalDouble meanStoredReward) {
    }

    /**
     * Groups by (qid, step) and summarises each step, steps ascending. RaPR is the share of the
     * step's rollouts that used an operation; accuracy counts only correctness 1 (an unparsable
     * answer, −1, is wrong); the stored reward is averaged over the rollouts that stored one.
     */
    static List<StepFigures> perStep(List<Rollout> rollouts) {
        Map<Integer, Map<String, List<Rollout>>> byStep = new TreeMap<>();
        for (Rollout r : rollouts) {
            byStep.computeIfAbsent(r.step(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(r.qid(), q -> new ArrayList<>()).add(r);
        }
        List<StepFigures> out = new ArrayList<>();
        byStep.forEach((step, byQid) -> {
            List<RolloutGroup> groups = byQid.entrySet().stream()
                    .map(e -> new RolloutGroup(e.getKey(), step, e.getValue())).toList();
            List<Rollout> all = groups.stream().flatMap(g -> g.rollouts().stream()).toList();
            double used = all.stream().filter(Rollout::usedOperation).count();
            double correct = all.stream().filter(r -> r.correctness() == 1).count();
            double calls = all.stream().mapToInt(Rollout::toolCalls).sum();
            OptionalDouble reward = all.stream().filter(r -> r.storedReward().isPresent())
                    .mapToDouble(r -> r.storedReward().getAsDouble()).average();
            out.add(new StepFigures(step, groups.size(), all.size(), used / all.size(), correct / all.size(),
                    calls / all.size(), reward));
        });
        return out;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
