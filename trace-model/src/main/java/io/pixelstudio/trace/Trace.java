package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;

/**
 * One question about media answered through turns — an SFT example, an RL prompt (no turns yet)
 * or a rollout. Format-neutral: codecs map files to and from it, keeping what they do not model in
 * {@link #extras()}.
 *
 * @param id       stable identifier (from the file, or derived from the record's position)
 * @param source   the dataset or file the trace came from
 * @param question the question as asked (without prompt suffixes), empty when unknown
 * @param media    what the question is about, in order (image 1 first)
 * @param answers  ground-truth answers; any of them counts as correct; empty when unknown
 * @param evidence where the answer is, when known
 * @param turns    the conversation, system turn included when the format has one
 * @param review   curation metadata
 * @param extras   record-level fields the domain does not model
 */
public record Trace(String id, String source, String question, List<Media> media, List<String> answers,
                    List<Evidence> evidence, List<Turn> turns, Review review, Extras extras) {

    public Trace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(question, "question");
        media = List.copyOf(media);
        answers = List.copyOf(answers);
        evidence = List.copyOf(evidence);
        turns = List.copyOf(turns);
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(extras, "extras");
    }

    public Trace withTurns(List<Turn> newTurns) {
        return new Trace(id, source, question, media, answers, evidence, newTurns, review, extras);
    }

    public Trace withReview(Review newReview) {
        return new Trace(id, source, question, media, answers, evidence, turns, newReview, extras);
    }

    public Trace withEvidence(List<Evidence> newEvidence) {
        return new Trace(id, source, question, media, answers, newEvidence, turns, review, extras);
    }

    /** True when the media is a video. */
    public boolean isVideo() {
        return media.stream().anyMatch(Media.Video.class::isInstance);
    }
}
