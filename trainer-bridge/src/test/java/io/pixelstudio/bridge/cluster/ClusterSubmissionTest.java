package io.pixelstudio.bridge.cluster;

import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.recipe.PreparedRun;
import io.pixelstudio.bridge.testing.Executables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterSubmissionTest {

    @TempDir
    Path dir;

    private PreparedRun run() {
        return new PreparedRun(new LaunchCommand(List.of("python3", "-m", "pixelstudio_runner", "rl", "--spec",
                "/runs/my run/spec.json"), Path.of("/work dir"), Map.of("CUDA_VISIBLE_DEVICES", "0,1", "X", "it's")),
                TrainerOutput.EVENTS_ONLY, List.of());
    }

    @Test
    void theSlurmScriptRunsTheSameCommandWithItsOutputInTheRunFolder() {
        String script = SlurmSubmission.script(run(), Path.of("/runs/r1"), "curiosity on",
                new SlurmOptions("gpu", 2, "24:00:00", 16, "200G", List.of("--account=vision")));

        assertThat(script).startsWith("#!/bin/bash\n#SBATCH --job-name=curiosity_on\n#SBATCH --partition=gpu\n"
                + "#SBATCH --gres=gpu:2\n#SBATCH --cpus-per-task=16\n#SBATCH --mem=200G\n#SBATCH --time=24:00:00\n"
                + "#SBATCH --output=/runs/r1/events.log\n#SBATCH --error=/runs/r1/stderr.log\n#SBATCH --account=vision\n");
        assertThat(script).contains("export X='it'\\''s'\n", "cd '/work dir'\n",
                "exec 'python3' '-m' 'pixelstudio_runner' 'rl' '--spec' '/runs/my run/spec.json'\n");
    }

    @Test
    void sbatchsAnswerGivesTheJobIdAndTheScriptIsKeptInTheRunFolder() throws Exception {
        Path sbatch = Executables.script(dir.resolve("bin"), "sbatch",
                "#!/bin/sh\ngrep -q 'pixelstudio_runner' \"$1\" && echo 'Submitted batch job 4242'\n");

        SubmittedJob job = new SlurmSubmission(sbatch.toString()).submit(run(), dir, "r",
                new SlurmOptions("", 1, "1:00:00", 4, "", List.of()));

        assertThat(job.jobId()).isEqualTo("4242");
        assertThat(Files.readString(dir.resolve(SlurmSubmission.SCRIPT))).isEqualTo(job.submitted());
    }

    @Test
    void aRefusedSubmissionReportsWhatTheSchedulerSaid() throws Exception {
        Path sbatch = Executables.script(dir.resolve("bin"), "sbatch",
                "#!/bin/sh\necho 'sbatch: error: invalid partition specified: gpu' >&2\nexit 1\n");

        assertThatThrownBy(() -> new SlurmSubmission(sbatch.toString()).submit(run(), dir, "r",
                new SlurmOptions("gpu", 1, "1:00:00", 4, "", List.of())))
                .isInstanceOf(SubmitException.class).hasMessageContaining("invalid partition specified");
        assertThatThrownBy(() -> new SlurmSubmission(dir.resolve("nope").toString()).submit(run(), dir, "r",
                new SlurmOptions("", 0, "1:00:00", 1, "", List.of())))
                .hasMessageContaining("is it installed and on PATH");
    }

    @Test
    void rayGetsTheEnvironmentAsRuntimeEnvAndTheOutputRedirectedIntoTheRunFolder() throws Exception {
        List<String> argv = new RaySubmission("ray").command(run(), Path.of("/runs/r1"), "http://head:8265");

        assertThat(argv.subList(0, 5)).containsExactly("ray", "job", "submit", "--no-wait", "--address");
        assertThat(argv).contains("{\"env_vars\":{\"CUDA_VISIBLE_DEVICES\":\"0,1\",\"X\":\"it's\"}}");
        assertThat(argv.get(argv.size() - 1)).isEqualTo("cd '/work dir' && 'python3' '-m' 'pixelstudio_runner' 'rl'"
                + " '--spec' '/runs/my run/spec.json' >> '/runs/r1/events.log' 2>> '/runs/r1/stderr.log'");

        Path ray = Executables.script(dir.resolve("bin"), "ray",
                "#!/bin/sh\necho \"Job 'raysubmit_AbC123' submitted successfully\"\n");
        assertThat(new RaySubmission(ray.toString()).submit(run(), dir, "http://head:8265").jobId())
                .isEqualTo("raysubmit_AbC123");
    }
}
