package io.pixelstudio.app.live;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContinuationPrefixTest {

    private static Trace sample(String id) throws Exception {
        return TraceFormats.discover().detect(SampleData.sftFile()).orElseThrow()
                .read(SampleData.sftFile(), ProgressListener.NONE).traces().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aForkAtOrAfterAZoomEndsWithThatCallSoItIsExecutedAgain() throws Exception {
        Trace trace = sample("street-name-self-correction");

        Trace atCall = ContinuationPrefix.of(trace, 4);
        Trace atObservation = ContinuationPrefix.of(trace, 5);

        assertThat(atCall.turns()).hasSize(5);
        assertThat(atCall.turns().get(4).role()).isEqualTo(Role.ASSISTANT);
        assertThat(atCall.turns().get(4).text()).contains("<tool_call>");
        assertThat(atObservation.turns()).isEqualTo(atCall.turns());
        assertThat(ContinuationPrefix.of(trace, 3).turns()).hasSize(3);
    }

    @Test
    void beforeAnyCallTheModelStartsFromTheQuestion() throws Exception {
        Trace trace = sample("street-name-self-correction");

        Trace prefix = ContinuationPrefix.of(trace, 0);

        assertThat(prefix.turns()).extracting(t -> t.role()).containsExactly(Role.SYSTEM, Role.USER);
    }
}
