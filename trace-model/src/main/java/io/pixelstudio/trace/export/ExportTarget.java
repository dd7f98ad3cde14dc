package io.pixelstudio.trace.export;

import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.export.ExportOptions;
import io.pixelstudio.trace.format.export.OpenAiMessagesExportFormat;
import io.pixelstudio.trace.format.export.ShareGptExportFormat;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The formats a curated export writes and the file each one gets in the output folder. Media
 * paths are written as they lie in the export folder (relative), so the folder can be moved to
 * a training machine as a whole: LLaMA-Factory resolves them against its {@code media_dir} (the
 * dataset folder by default), the Pixel Reasoner trainer against the JSON's folder.
 */
public enum ExportTarget {
    PIXELREASONER_SFT(PixelReasonerSftFormat.ID, "pixelreasoner-sft.json"),
    SHAREGPT(ShareGptExportFormat.ID, "sharegpt.json"),
    OPENAI_MESSAGES(OpenAiMessagesExportFormat.ID, "openai-messages.jsonl");

    private static final ExportOptions RELATIVE = new ExportOptions(ExportOptions.MediaPathMode.AS_WRITTEN,
            ExportOptions.VideoMode.VIDEO);

    private final String id;
    private final String fileName;

    ExportTarget(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The format id, as {@code pixelstudio formats} lists it. */
    public String id() {
        return id;
    }

    /** The data file's name in the output folder. */
    public String fileName() {
        return fileName;
    }

    /** The format that writes this target, with relative media paths. */
    TraceFormat format(TraceFormats formats) {
        return switch (this) {
            case SHAREGPT -> new ShareGptExportFormat(RELATIVE);
            case OPENAI_MESSAGES -> new OpenAiMessagesExportFormat(RELATIVE);
            case PIXELREASONER_SFT -> formats.require(id);
        };
    }

    /** The target with format id {@code id}, or an exception listing the ids. */
    public static ExportTarget byId(String id) {
        Objects.requireNonNull(id, "id");
        for (ExportTarget target : values()) {
            if (target.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return target;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "'; one of " + ids());
    }

    /** The ids, comma-separated. */
    public static String ids() {
        return String.join(", ", List.of(values()).stream().map(ExportTarget::id).toList());
    }
}
