package io.pixelstudio.app.cli;

import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.SampledFrames;
import io.pixelstudio.trace.media.VideoInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio frames VIDEO --out DIR}: turns a video file into the frame images the Pixel
 * Reasoner format stores a video as, recording which source frames were sampled.
 */
@Command(name = "frames", description = "Sample evenly spaced frames of a video file (mp4, webm, …) as JPEG "
        + "images plus a manifest of the sampled frame indices, as the Pixel Reasoner format stores videos.")
final class FramesCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "VIDEO", description = "Video file.")
    Path video;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the frame images.")
    Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "16",
            description = "Number of frames to sample. Default: ${DEFAULT-VALUE}.")
    int count;

    FramesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new CliUserException("--count must be at least 1, got " + count);
        }
        SampledFrames sampled = new FrameSampler().sample(video, out, count);
        VideoInfo info = sampled.info();
        context.out().printf(Locale.ROOT, "%s: %dx%d, %d frames, %.3f fps, %.2f s, %s%s%s%n", video, info.width(),
                info.height(), info.frameCount(), info.averageFps(), info.durationSeconds(), info.codec(),
                info.variableFrameRate() ? ", variable frame rate" : "",
                info.rotationDegrees() == 0 ? "" : ", rotated " + info.rotationDegrees() + "°");
        context.out().println("sampled frames " + sampled.frameIndices());
        context.out().println("wrote " + sampled.files().size() + " frame image(s) and " + sampled.manifest());
        return 0;
    }
}
