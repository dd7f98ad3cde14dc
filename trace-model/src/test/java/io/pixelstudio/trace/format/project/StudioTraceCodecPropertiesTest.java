package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class StudioTraceCodecPropertiesTest {

    private final StudioTraceCodec codec = new StudioTraceCodec();
    private final ObjectMapper mapper = StudioJson.newMapper();

    @Property(tries = 200)
    void anyTraceSurvivesALineOfJson(@ForAll String text, @ForAll @Size(max = 4) List<String> paths,
                                     @ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
                                     @ForAll @DoubleRange(min = 0, max = 240) double fps,
                                     @ForAll @IntRange(min = 0, max = 100_000) int frameCount,
                                     @ForAll BoxConvention convention, @ForAll ReviewStatus status,
                                     @ForAll Role role) throws Exception {
        Trace trace = new Trace(text, text, text,
                List.of(new Media.Image(text), new Media.Video(null, paths, OptionalDouble.of(fps), frameCount,
                        List.of(frameCount, 0))),
                paths, List.of(new Evidence.Region(frameCount, new Box(x, -x, x / 3, x * 7, convention))),
                List.of(new Turn(role, List.of(new Content.Text(text), new Content.Image(text), new Content.Video(paths)))),
                new Review(status, paths, text), Extras.empty());

        String line = mapper.writeValueAsString(codec.encode(trace));

        assertThat(line).doesNotContain("\n");
        assertThat(codec.decode(mapper.readTree(line), 0, "s")).isEqualTo(trace);
    }
}
