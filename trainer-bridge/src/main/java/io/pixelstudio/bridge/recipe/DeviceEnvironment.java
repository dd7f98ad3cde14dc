package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.run.RunSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The environment every recipe gives its trainer: the spec's devices as {@code CUDA_VISIBLE_DEVICES}
 * (an empty value hides every GPU for {@code cpu}) and Hugging Face's offline switches, so a run never
 * reaches for the network — models come from local folders.
 */
final class DeviceEnvironment {

    private DeviceEnvironment() {
    }

    static Map<String, String> of(RunSpec spec) throws RecipeException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CUDA_VISIBLE_DEVICES", visibleDevices(spec.devices()));
        env.put("HF_HUB_OFFLINE", "1");
        env.put("TRANSFORMERS_OFFLINE", "1");
        env.put("HF_DATASETS_OFFLINE", "1");
        env.put("PYTHONUNBUFFERED", "1");
        return env;
    }

    /** Number of GPUs the spec asks for (0 for a CPU run). */
    static int gpuCount(RunSpec spec) {
        return (int) spec.devices().stream().filter(d -> d.startsWith("cuda")).count();
    }

    private static String visibleDevices(List<String> devices) throws RecipeException {
        if (devices.isEmpty() || devices.equals(List.of("cpu"))) {
            return "";
        }
        for (String device : devices) {
            if (!device.matches("cuda:\\d+")) {
                throw new RecipeException("device '" + device + "' is not cuda:N or cpu");
            }
        }
        return devices.stream().map(d -> d.substring("cuda:".length())).collect(Collectors.joining(","));
    }
}
