package io.pixelstudio.bridge.cluster;

import java.util.List;
import java.util.Objects;

/**
 * What {@code sbatch} needs beyond the command: partition, GPUs, time limit, CPUs and memory, and
 * extra {@code #SBATCH} lines the site requires (account, QoS, constraints).
 *
 * @param partition  partition name, empty for the cluster default
 * @param gpus       GPUs for the job ({@code --gres=gpu:N}); 0 for none
 * @param timeLimit  {@code --time} value, e.g. {@code 24:00:00}
 * @param cpus       {@code --cpus-per-task}
 * @param memory     {@code --mem}, e.g. {@code 200G}; empty for the default
 * @param extraLines additional directives, each written as {@code #SBATCH <line>}
 */
public record SlurmOptions(String partition, int gpus, String timeLimit, int cpus, String memory, List<String> extraLines) {

    public SlurmOptions {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(memory, "memory");
        extraLines = List.copyOf(extraLines);
        if (gpus < 0 || cpus < 1) {
            throw new IllegalArgumentException("gpus must be >= 0 and cpus >= 1");
        }
        for (String line : extraLines) {
            if (line.contains("\n")) {
                throw new IllegalArgumentException("an #SBATCH line must be one line: " + line);
            }
        }
    }
}
