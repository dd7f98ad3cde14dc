package io.pixelstudio.app.studio.document;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceDocumentTest {

    private final TraceFormats formats = TraceFormats.discover();

    @Test
    void theSampleProjectOpensWithItsTwelveTracesAndMediaFolder() throws Exception {
        try (TraceDocument doc = TraceDocument.open(SampleData.project(), formats, ProgressListener.NONE)) {
            assertThat(doc.format().id()).isEqualTo("studio-project");
            assertThat(doc.size()).isEqualTo(12);
            assertThat(doc.mediaFolder()).isEqualTo(SampleData.project());
            assertThat(doc.load(1).id()).isEqualTo("street-name-self-correction");
            assertThat(doc.sftRules()).isTrue();
        }
    }

    @Test
    void anSftFileIsIndexedAndRowsSummariseEachTrace() throws Exception {
        try (TraceDocument doc = TraceDocument.open(SampleData.sftFile(), formats, ProgressListener.NONE)) {
            assertThat(doc.format().id()).isEqualTo("pixelreasoner-sft");
            assertThat(doc.locationOf(1).line()).isPresent();
            List<TraceRow> rows = new ArrayList<>();
            List<Integer> batchSizes = new ArrayList<>();
            doc.scanRows(5, batch -> {
                batchSizes.add(batch.size());
                rows.addAll(batch);
            }, ProgressListener.NONE);
            assertThat(batchSizes).containsExactly(5, 5, 2);
            assertThat(rows).extracting(TraceRow::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            TraceRow twoZooms = rows.get(1);
            assertThat(twoZooms.id()).isEqualTo("street-name-self-correction");
            assertThat(twoZooms.zoomCount()).isEqualTo(2);
            assertThat(twoZooms.opCount()).isEqualTo(2);
            TraceRow video = rows.stream().filter(r -> r.id().equals("traffic-van-phone-self-correction")).findFirst().orElseThrow();
            assertThat(video.frameCount()).isEqualTo(2);
            assertThat(video.zoomCount()).isEqualTo(1);
            assertThat(rows.stream().filter(r -> r.id().equals("street-big-sign-no-tool")).findFirst().orElseThrow().opCount()).isZero();
        }
    }

    @Test
    void projectRowsCarryReviewStatusAndTags() throws Exception {
        try (TraceDocument doc = TraceDocument.open(SampleData.project(), formats, ProgressListener.NONE)) {
            List<TraceRow> rows = new ArrayList<>();
            doc.scanRows(100, rows::addAll, ProgressListener.NONE);
            TraceRow row = rows.get(1);
            assertThat(row.status()).isEqualTo(ReviewStatus.ACCEPTED);
            assertThat(row.tags()).containsExactly("zoom", "self-correction");
            assertThat(row.question()).doesNotContain("\n");
        }
    }

    @Test
    void aRecordThatDoesNotDecodeBecomesAFlaggedRowAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        String good = "{\"qid\":\"ok-1\",\"message_list\":[{\"role\":\"user\",\"content\":[{\"text\":\"Q?\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"text\":\"\\\\boxed{A}\"}]}]}";
        Files.writeString(file, good + "\n{\"qid\":\"bad\",\"message_list\":7}\n" + good.replace("ok-1", "ok-2") + "\n");
        try (TraceDocument doc = TraceDocument.open(file, formats, ProgressListener.NONE)) {
            List<TraceRow> rows = new ArrayList<>();
            doc.scanRows(10, rows::addAll, ProgressListener.NONE);
            assertThat(rows).extracting(TraceRow::id).containsExactly("ok-1", "#1", "ok-2");
            assertThat(rows.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("message_list"));
        }
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> TraceDocument.open(dir.resolve("nope.json"), formats, ProgressListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("nope.json").hasMessageContaining("no such file");
    }

    @Test
    void theScanStopsWhenCancelled() throws Exception {
        try (TraceDocument doc = TraceDocument.open(SampleData.sftFile(), formats, ProgressListener.NONE)) {
            ProgressListener cancelled = new ProgressListener() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> doc.scanRows(1, b -> { }, cancelled)).isInstanceOf(CancellationException.class);
        }
    }
}
