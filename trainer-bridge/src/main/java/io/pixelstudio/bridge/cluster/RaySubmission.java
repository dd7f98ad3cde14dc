package io.pixelstudio.bridge.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.process.RunProcess;
import io.pixelstudio.bridge.recipe.PreparedRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits a prepared run as a Ray job ({@code ray job submit --no-wait}): the recipe's environment as
 * the job's runtime environment, and the command wrapped so its output lands in the run folder's
 * {@code events.log} / {@code stderr.log} like a local run's (on a file system the studio can read).
 */
public final class RaySubmission {

    private static final Pattern JOB_ID = Pattern.compile("Job '([^']+)' submitted successfully");

    private final String ray;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param ray the {@code ray} executable (a path, or the name to find on PATH) */
    public RaySubmission(String ray) {
        this.ray = Objects.requireNonNull(ray, "ray");
    }

    /** The {@code ray job submit} command line for {@code run} against the cluster at {@code address}. */
    public List<String> command(PreparedRun run, Path runFolder, String address) {
        ObjectNode runtime = mapper.createObjectNode();
        ObjectNode env = runtime.putObject("env_vars");
        run.command().environment().forEach(env::put);
        String entrypoint = "cd " + ShellQuoting.quote(run.command().workingFolder().toString()) + " && "
                + ShellQuoting.command(run.command().argv())
                + " >> " + ShellQuoting.quote(runFolder.resolve(RunProcess.EVENTS_FILE).toString())
                + " 2>> " + ShellQuoting.quote(runFolder.resolve(RunProcess.STDERR_FILE).toString());
        List<String> argv = new ArrayList<>(List.of(ray, "job", "submit", "--no-wait", "--address", address));
        try {
            argv.addAll(List.of("--runtime-env-json", mapper.writeValueAsString(runtime)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an environment map always serialises", e);
        }
        argv.addAll(List.of("--", "bash", "-c", entrypoint));
        return argv;
    }

    /** Submits {@code run}; returns the job id Ray printed. */
    public SubmittedJob submit(PreparedRun run, Path runFolder, String address) throws SubmitException {
        List<String> argv = command(run, runFolder, address);
        String answer = CommandRunner.run(argv, runFolder);
        Matcher id = JOB_ID.matcher(answer);
        if (!id.find()) {
            throw new SubmitException("ray job submit answered without a job id: " + answer.strip());
        }
        return new SubmittedJob("ray", id.group(1), runFolder, String.join(" ", argv));
    }
}
