package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.query.TraceFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TraceListViewModelTest {

    private static List<TraceRow> rows(int count) {
        List<TraceRow> rows = new ArrayList<>(count);
        ReviewStatus[] statuses = ReviewStatus.values();
        for (int i = 0; i < count; i++) {
            String id = String.format("vstar-%06d", i);
            String question = "What is written on the sign number " + i + " in the top left corner of the image?";
            List<String> tags = i % 10 == 0 ? List.of("ocr", "zoom") : List.of("zoom");
            String note = i % 13 == 0 ? "crop misses the sign" : "";
            String search = String.join("\n", id, question, "answer " + i, String.join("\n", tags), note).toLowerCase();
            double area = (i % 100) / 1000.0;
            List<String> findings = i % 50 == 0 ? List.of("toolcall.invalid") : List.of();
            TraceFacts facts = new TraceFacts(id, i % 2 == 0 ? "vstar" : "chartqa", statuses[i % statuses.length], tags,
                    note, 1 + i % 3, i % 7 == 0 ? 1 : 0, i % 50 == 0 ? 1 : 0, area, area * 2, findings,
                    !findings.isEmpty(), i % 3 == 0, Optional.empty(), search);
            rows.add(new TraceRow(i, question, List.of("answer " + i), facts));
        }
        return rows;
    }

    @Test
    void rowsArrivingInBatchesAreFilteredAsTheyArrive() {
        TraceListViewModel model = new TraceListViewModel();
        model.filterTextProperty().set("tag:ocr");
        List<TraceRow> all = rows(100);
        model.addRows(all.subList(0, 50));
        assertThat(model.visibleRows()).hasSize(5);
        model.addRows(all.subList(50, 100));
        assertThat(model.visibleRows()).hasSize(10).allMatch(r -> r.tags().contains("ocr"));
        assertThat(model.rowAt(73)).map(TraceRow::id).contains("vstar-000073");
    }

    @Test
    void aBadTermShowsAProblemWithItsColumnAndKeepsTheLastValidFilter() {
        TraceListViewModel model = new TraceListViewModel();
        model.addRows(rows(100));
        model.filterTextProperty().set("tag:ocr");
        model.filterTextProperty().set("tag:ocr status:maybe");
        assertThat(model.filterProblemProperty().get()).startsWith("column 16: ").contains("maybe");
        assertThat(model.filterColumnProperty().get()).isEqualTo(16);
        assertThat(model.visibleRows()).hasSize(10);
        model.filterTextProperty().set("status:accepted");
        assertThat(model.filterProblemProperty().get()).isEmpty();
        assertThat(model.filterColumnProperty().get()).isZero();
    }

    @Test
    void clearingForgetsRows() {
        TraceListViewModel model = new TraceListViewModel();
        model.addRows(rows(10));
        model.clear();
        assertThat(model.rows()).isEmpty();
        assertThat(model.visibleRows()).isEmpty();
    }

    @Test
    void filtersOf100000RowsKeepExactlyTheMatchingRows() {
        TraceListViewModel model = new TraceListViewModel();
        model.addRows(rows(100_000));
        for (String f : TraceListFilterBenchmark.FILTERS) {
            model.filterTextProperty().set(f);
            assertThat(model.visibleRows()).as(f).isNotEmpty();
        }
        model.filterTextProperty().set("status:accepted zoom ops>2");
        assertThat(model.visibleRows()).allMatch(r -> r.status() == ReviewStatus.ACCEPTED && r.opCount() > 2);
        model.filterTextProperty().set("");
        assertThat(model.visibleRows()).hasSize(100_000);
    }

    /** Rows for tests and for {@link TraceListFilterBenchmark}. */
    static List<TraceRow> rowsForBenchmark(int n) {
        return rows(n);
    }
}
