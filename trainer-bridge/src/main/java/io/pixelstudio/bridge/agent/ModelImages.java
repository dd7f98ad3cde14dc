package io.pixelstudio.bridge.agent;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The images of a conversation as the model receives them, per user turn, from a replay: the
 * prompt's inputs (resized) on the prompt turns in item order, and each executed call's returned
 * images on the observation turn after it. Encoded once as data URLs; the loop only appends.
 */
final class ModelImages {

    private ModelImages() {
    }

    static Map<Integer, List<String>> of(List<Turn> turns, TraceReplay.Replay replay) {
        Map<Integer, List<String>> urls = new HashMap<>();
        List<BufferedImage> inputs = replay.initial().video() ? replay.initial().videoFrames() : replay.initial().images();
        int next = 0;
        int firstUser = -1;
        for (int t = 0; t < turns.size() && turns.get(t).role() != Role.ASSISTANT; t++) {
            Turn turn = turns.get(t);
            if (turn.role() != Role.USER) {
                continue;
            }
            firstUser = firstUser < 0 ? t : firstUser;
            List<String> own = new ArrayList<>();
            for (Content c : turn.content()) {
                if (c instanceof Content.Image && next < inputs.size()) {
                    own.add(ImageDataUrls.png(inputs.get(next++)));
                } else if (c instanceof Content.Video) {
                    while (next < inputs.size()) {
                        own.add(ImageDataUrls.png(inputs.get(next++)));
                    }
                }
            }
            if (!own.isEmpty()) {
                urls.put(t, own);
            }
        }
        if (next == 0 && firstUser >= 0 && !inputs.isEmpty()) {
            urls.put(firstUser, inputs.stream().map(ImageDataUrls::png).toList());
        }
        for (ReplayStep step : replay.steps()) {
            int observation = step.turnIndex() + 1;
            if (observation < turns.size() && turns.get(observation).role() == Role.USER
                    && step.result().orElse(null) instanceof OperationResult.Success success) {
                urls.put(observation, success.images().stream().map(ImageDataUrls::png).toList());
            }
        }
        return urls;
    }
}
