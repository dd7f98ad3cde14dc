package io.pixelstudio.trace.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The formats available at run time, discovered with {@link ServiceLoader}. An instance is built
 * by the composition root and passed where needed; it is not a global.
 */
public final class TraceFormats {

    private final List<TraceFormat> formats;

    public TraceFormats(List<TraceFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format registered on the class path of {@code loader}'s context. */
    public static TraceFormats discover() {
        List<TraceFormat> found = new ArrayList<>();
        ServiceLoader.load(TraceFormat.class, TraceFormats.class.getClassLoader()).forEach(found::add);
        return new TraceFormats(found);
    }

    public List<TraceFormat> all() {
        return formats;
    }

    /** The format with this id, if registered. */
    public Optional<TraceFormat> byId(String id) {
        Objects.requireNonNull(id, "id");
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The format with this id, or an exception listing the known ids. */
    public TraceFormat require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + id + "'; known formats: " + ids()));
    }

    /** The first format that can read {@code path}, in registration order. */
    public Optional<TraceFormat> detect(Path path) {
        return formats.stream().filter(f -> f.canRead(path)).findFirst();
    }

    /** Comma-separated ids, for messages. */
    public String ids() {
        return formats.stream().map(TraceFormat::id).collect(Collectors.joining(", "));
    }
}
