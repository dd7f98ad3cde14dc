package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pixelstudio.trace.format.project.StudioJson;

/** The JSON settings rollout files are read and written with (duplicate keys are an error). */
final class RolloutJson {

    static final JsonMapper MAPPER = StudioJson.newMapper();

    private RolloutJson() {
    }
}
