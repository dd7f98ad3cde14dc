package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporter;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.ProfileMatch;
import io.pixelstudio.trace.rollout.reward.RewardDisagreement;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import io.pixelstudio.trace.rollout.reward.StoredRewardCheck;
import io.pixelstudio.trace.rollout.stats.RolloutGrouping;
import io.pixelstudio.trace.rollout.stats.StepStats;
import io.pixelstudio.trace.rollout.stats.StepStatsCalculator;
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

        @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "AUTO",
                description = "Reward to recompute: auto (the profile that reproduces the most stored rewards), "
                        + "paper or reference (the released code). Default: ${DEFAULT-VALUE}.")
        ProfileChoice profile;

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
            List<RolloutGroup> groups = RolloutGrouping.group(result.rollouts());
            ProfileMatch match = StoredRewardCheck.bestProfile(groups);
            RewardProfile chosen = profile == ProfileChoice.AUTO ? match.profile()
                    : profile == ProfileChoice.PAPER ? RewardProfile.PAPER : RewardProfile.REFERENCE_CODE;
            RewardParameters parameters = chosen.defaults();
            List<StepStats> steps = new StepStatsCalculator(parameters).compute(groups);
            Map<Integer, OptionalDouble> stored = storedRewardPerStep(result.rollouts());
            List<RewardDisagreement> disagreements =
                    StoredRewardCheck.disagreements(new CuriosityReward(parameters).score(groups));
            if (json) {
                printJson(importer, steps, stored, chosen, match, disagreements, result.findings().size());
            } else {
                printTable(importer, steps, stored, chosen, match, disagreements, result);
            }
            return 0;
        }

        private void printTable(RolloutImporter importer, List<StepStats> steps, Map<Integer, OptionalDouble> stored,
                                RewardProfile chosen, ProfileMatch match, List<RewardDisagreement> disagreements,
                                RolloutImport result) {
            context.out().println(dump.getFileName() + " · " + importer.id() + " · " + result.rollouts().size()
                    + " rollouts · " + result.findings().size() + " unreadable lines");
            TextTable table = new TextTable("step", "groups", "rollouts", "RaPR", "accuracy", "tool calls",
                    "stored reward", "reward", "curiosity", "penalty", "uniform groups");
            for (StepStats s : steps) {
                OptionalDouble storedMean = stored.getOrDefault(s.step(), OptionalDouble.empty());
                table.row(s.step() < 0 ? "unknown" : s.step(), s.groups(), s.rollouts(), percent(s.raprMean()),
                        percent(s.accuracy()), fixed(s.meanToolCalls()),
                        storedMean.isPresent() ? fixed(storedMean.getAsDouble()) : "-", fixed(s.meanReward()),
                        fixed(s.meanCuriosity()), fixed(s.meanPenalty()), percent(s.uniformShare()));
            }
            table.print(context.out());
            context.out().printf(Locale.ROOT, "reward recomputed with the %s profile (%s); it reproduces %d of %d stored "
                            + "rewards%n", chosen.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    profile == ProfileChoice.AUTO ? "the one that reproduces the most" : "as asked",
                    countMatches(match, chosen, disagreements), match.compared());
            disagreements.stream().limit(5).forEach(d -> context.out().printf(Locale.ROOT,
                    "  %s step %d sample %d: stored %.6f, recomputed %.6f%n", d.rollout().qid(), d.rollout().step(),
                    d.rollout().sample(), d.stored(), d.recomputed()));
            if (disagreements.size() > 5) {
                context.out().println("  … " + (disagreements.size() - 5) + " more (see --json)");
            }
        }

        private void printJson(RolloutImporter importer, List<StepStats> steps, Map<Integer, OptionalDouble> stored,
                               RewardProfile chosen, ProfileMatch match, List<RewardDisagreement> disagreements,
                               int unreadable) throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = mapper.createObjectNode();
            node.put("file", dump.toString());
            node.put("format", importer.id());
            node.put("unreadableLines", unreadable);
            node.put("rewardProfile", chosen.name());
            node.put("storedRewardsCompared", match.compared());
            node.put("storedRewardsReproduced", countMatches(match, chosen, disagreements));
            ArrayNode rows = node.putArray("steps");
            for (StepStats s : steps) {
                ObjectNode row = rows.addObject();
                row.put("step", s.step());
                row.put("groups", s.groups());
                row.put("rollouts", s.rollouts());
                row.put("rapr", s.raprMean());
                row.put("accuracy", s.accuracy());
                row.put("meanToolCalls", s.meanToolCalls());
                OptionalDouble storedMean = stored.getOrDefault(s.step(), OptionalDouble.empty());
                if (storedMean.isPresent()) {
                    row.put("meanStoredReward", storedMean.getAsDouble());
                } else {
                    row.putNull("meanStoredReward");
                }
                row.put("meanReward", s.meanReward());
                row.put("meanCorrectness", s.meanCorrectness());
                row.put("meanCuriosity", s.meanCuriosity());
                row.put("meanPenalty", s.meanPenalty());
                row.put("uniformShare", s.uniformShare());
            }
            ArrayNode differ = node.putArray("disagreements");
            for (RewardDisagreement d : disagreements) {
                ObjectNode row = differ.addObject();
                row.put("qid", d.rollout().qid());
                row.put("step", d.rollout().step());
                row.put("sample", d.rollout().sample());
                row.put("stored", d.stored());
                row.put("recomputed", d.recomputed());
            }
            context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        }

        private static int countMatches(ProfileMatch match, RewardProfile chosen, List<RewardDisagreement> disagreements) {
            return match.profile() == chosen ? match.matched() : match.compared() - disagreements.size();
        }
    }

    /** Mean stored reward per step, over the rollouts that stored one. */
    static Map<Integer, OptionalDouble> storedRewardPerStep(List<Rollout> rollouts) {
        Map<Integer, List<Double>> byStep = new TreeMap<>();
        for (Rollout r : rollouts) {
            r.storedReward().ifPresent(v -> byStep.computeIfAbsent(r.step(), s -> new ArrayList<>()).add(v));
        }
        Map<Integer, OptionalDouble> means = new TreeMap<>();
        byStep.forEach((step, values) -> means.put(step, values.stream().mapToDouble(Double::doubleValue).average()));
        return means;
    }

    /** Which reward profile {@code rollouts stats} recomputes with. */
    enum ProfileChoice { AUTO, PAPER, REFERENCE }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
