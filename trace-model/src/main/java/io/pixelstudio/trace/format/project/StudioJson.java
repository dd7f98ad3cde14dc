package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of studio files, in one place so every file is written the same way:
 * duplicate keys are an error on read (a hand-edited file with two {@code "id"}s is reported, not
 * silently resolved), and pretty-printed files use two-space indents, {@code "key": value}
 * spacing, {@code \n} line ends and {@code []} for empty arrays, so they diff cleanly.
 */
public final class StudioJson {

    private StudioJson() {
    }

    /** A mapper for reading and compact writing of studio JSON. */
    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The pretty printer of studio files that are meant to be read by people. */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
