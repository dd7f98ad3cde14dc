package io.pixelstudio.trace.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pixelstudio.trace.validate.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void everyBundledPartHasSeveralVariants() {
        TraceTemplates templates = TraceTemplates.defaults();
        for (TemplatePart part : TemplatePart.values()) {
            assertThat(templates.variants(part)).as(part.fileName()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void renderFillsPlaceholdersAndTheSeedPicksTheVariant() {
        TraceTemplates templates = TraceTemplates.defaults();
        Map<String, String> values = Map.of("question", "q", "answer", "42");
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            String text = templates.render(TemplatePart.ANSWER, values, new Random(seed));
            assertThat(text).contains("\\boxed{42}").doesNotContain("{answer}");
            assertThat(templates.render(TemplatePart.ANSWER, values, new Random(seed))).isEqualTo(text);
            seen.add(text);
        }
        assertThat(seen).hasSize(templates.variants(TemplatePart.ANSWER).size());
    }

    @Test
    void aUserFileReplacesOnlyItsPartAndKeepsCommentsOut() throws IOException {
        Files.writeString(folder.resolve("zoom.txt"), "# my zoom\nZoom {lbrace}now{rbrace} into {box}.\n---\n\n");
        TraceTemplates templates = TraceTemplates.load(folder);
        assertThat(templates.variants(TemplatePart.ZOOM)).containsExactly("Zoom {lbrace}now{rbrace} into {box}.");
        assertThat(templates.render(TemplatePart.ZOOM, Map.of("box", "[0.1, 0.2, 0.3, 0.4]"), new Random(1)))
                .isEqualTo("Zoom {now} into [0.1, 0.2, 0.3, 0.4].");
        assertThat(templates.variants(TemplatePart.OVERVIEW)).isEqualTo(TraceTemplates.defaults().variants(TemplatePart.OVERVIEW));
    }

    @Test
    void anUnknownPlaceholderIsLocatedAtItsFileAndLine() throws IOException {
        Path file = folder.resolve("overview.txt");
        Files.writeString(file, "# comment\nLooking at {region}.\n---\nThe {wrong_box} and {colour}.\n");
        assertThatThrownBy(() -> TraceTemplates.load(folder)).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.problems()).hasSize(2);
            Finding first = e.problems().get(0);
            assertThat(first.location().file()).isEqualTo(file);
            assertThat(first.location().line()).hasValue(4);
            assertThat(first.message()).contains("{wrong_box}").contains("available: {question}, {region}");
            assertThat(e.problems().get(1).message()).contains("{colour}");
            assertThat(e.getMessage()).contains(file + ":4");
        });
    }

    @Test
    void anAnswerTemplateWithoutTheBoxedAnswerAndStrayFilesAreRefused() throws IOException {
        Files.writeString(folder.resolve("answer.txt"), "\\boxed{{answer}}\n---\n\nThe answer is {answer}.\n");
        Files.writeString(folder.resolve("overveiw.txt"), "typo\n");
        Files.writeString(folder.resolve("select.txt"), "# only comments\n");
        assertThatThrownBy(() -> TraceTemplates.load(folder)).isInstanceOfSatisfying(TemplateException.class, e ->
                assertThat(e.problems()).extracting(f -> f.location().file().getFileName() + ":"
                                + f.location().line().getAsLong())
                        .containsExactlyInAnyOrder("select.txt:1", "answer.txt:4", "overveiw.txt:1"));
    }
}
