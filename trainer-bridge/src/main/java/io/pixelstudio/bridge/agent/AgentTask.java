package io.pixelstudio.bridge.agent;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A question to put to the model about some media.
 *
 * @param id       the resulting trace's id (a benchmark qid, or a generated id)
 * @param source   the resulting trace's source (benchmark file, or the media file)
 * @param question the question text, sent after the images
 * @param media    the images, or one video given by its frame images
 * @param answers  ground truths, when known (kept in the trace)
 * @param evidence evidence boxes, when known (kept in the trace)
 * @param loader   decodes a media path as written into the original image
 */
public record AgentTask(String id, String source, String question, List<Media> media, List<String> answers,
                        List<Evidence> evidence, Function<String, BufferedImage> loader) {

    public AgentTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(question, "question");
        media = List.copyOf(media);
        if (media.isEmpty()) {
            throw new IllegalArgumentException("a question needs an image or a video");
        }
        answers = List.copyOf(answers);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(loader, "loader");
    }
}
