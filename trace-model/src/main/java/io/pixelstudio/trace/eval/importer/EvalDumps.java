package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftCodec;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conversations the Pixel Reasoner evaluator dumps per question:
 * {@code logs/dumps_iter{K}/{qid}/conv.json} holding {@code [messages, final_prompt, str(images)]},
 * beside the crops it returned as {@code iter{n}.jpg}. The messages are the qwen-agent message list
 * (items carry {@code type}, {@code min_pixels}, {@code max_pixels}, kept as extras). Crop items point
 * to the training machine's path; when the crop exists in the local dump folder the item is pointed
 * there, else it is kept as written and reported (selected frames all share one placeholder path that
 * the evaluator never writes).
 */
final class EvalDumps {

    static final String CONVERSATION = "conv.json";
    private static final Pattern CROP_NAME = Pattern.compile("iter\\d+\\.jpg");

    private final ObjectMapper mapper;
    private final PixelReasonerSftCodec codec = new PixelReasonerSftCodec();

    EvalDumps(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The dumped conversation of {@code qid} under {@code dumps}, if one was written and can be read. */
    Optional<Trace> read(Path dumps, String qid, List<Finding> findings) {
        Path folder = dumps.resolve(qid);
        Path file = folder.resolve(CONVERSATION);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.isArray() || root.isEmpty()) {
                throw new FormatException("", "conv.json must be the list [messages, final_prompt, images]");
            }
            ObjectNode record = mapper.createObjectNode();
            record.set("message_list", root.get(0));
            record.put("qid", qid);
            Trace trace = codec.decode(record, 0, file.toString());
            int[] missing = {0};
            List<Turn> turns = new ArrayList<>();
            for (Turn turn : trace.turns()) {
                turns.add(turn.withContent(relink(turn.content(), folder, missing)));
            }
            if (missing[0] > 0) {
                findings.add(ImportFindings.inFile(Severity.INFO, ImportFindings.MISSING_MEDIA, file, missing[0]
                        + " returned image(s) are not in the dump folder (the evaluator writes crops only;"
                        + " selected frames share one unwritten placeholder); their paths are kept as written"));
            }
            return Optional.of(trace.withTurns(turns));
        } catch (FormatException e) {
            findings.add(new Finding(Severity.WARNING, ImportFindings.SIDE_FILE,
                    Location.ofFile(file).atField(e.field()), "dumped conversation unreadable, trace not attached: "
                    + e.getMessage()));
        } catch (IOException e) {
            findings.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.SIDE_FILE, file,
                    "dumped conversation unreadable, trace not attached: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static List<Content> relink(List<Content> content, Path folder, int[] missing) {
        List<Content> out = new ArrayList<>(content.size());
        for (Content item : content) {
            if (item instanceof Content.Image image && CROP_NAME.matcher(fileName(image.path())).matches()
                    && parentName(image.path()).equals(folder.getFileName().toString())) {
                Path local = folder.resolve(fileName(image.path()));
                if (Files.isRegularFile(local)) {
                    out.add(new Content.Image(local.toAbsolutePath().toString(), image.extras()));
                    continue;
                }
                missing[0]++;
            }
            out.add(item);
        }
        return out;
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String parentName(String path) {
        String p = path.replace('\\', '/');
        int last = p.lastIndexOf('/');
        if (last <= 0) {
            return "";
        }
        String parent = p.substring(0, last);
        return parent.substring(parent.lastIndexOf('/') + 1);
    }
}
