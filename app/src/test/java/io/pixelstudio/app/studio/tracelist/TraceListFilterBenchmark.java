package io.pixelstudio.app.studio.tracelist;

import java.util.Locale;

/**
 * How long re-filtering 100,000 trace-list rows takes (the list re-filters on every keystroke on
 * the FX thread, so this must stay far below a frame budget). A benchmark main, not a test: run
 * with {@code mvn -B -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.pixelstudio.app.studio.tracelist.TraceListFilterBenchmark}.
 */
public final class TraceListFilterBenchmark {

    /** The filters timed (and checked to match something by the test). */
    static final String[] FILTERS = {"sign number 9999", "status:accepted zoom ops>2", "tag:ocr", "frames invalid",
        "corner", "source:vstar -tag:ocr box<0.05", "status:needs-fix OR note:crop", "finding:toolcall op:zoom>=2",
        "has:evidence (tag:ocr OR status:rejected)", ""};

    private TraceListFilterBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TraceListViewModel model = new TraceListViewModel();
        model.addRows(TraceListViewModelTest.rowsForBenchmark(n));
        String[] filters = FILTERS;
        for (int warm = 0; warm < 5; warm++) {
            for (String f : filters) {
                model.filterTextProperty().set(f);
            }
        }
        for (String f : filters) {
            long start = System.nanoTime();
            model.filterTextProperty().set(f);
            int visible = model.visibleRows().size();
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "%-44s %,8d rows visible  %6.1f ms%n", "'" + f + "'", visible, ms);
        }
    }
}
