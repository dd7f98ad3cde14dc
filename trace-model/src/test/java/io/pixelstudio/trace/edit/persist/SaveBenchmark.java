package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditTurnText;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures editing and saving a large SFT document by hand (a {@code main}, not a timed test):
 * the time of a journaled edit (fsync included), and the time and peak heap of a streamed save.
 * Run: {@code mvn -B -q -o -pl trace-model exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.pixelstudio.trace.edit.persist.SaveBenchmark -Dexec.args="100000 200"}
 * (traces, edits).
 */
public final class SaveBenchmark {

    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int traces = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("pixelstudio-save-bench");
        Path doc = dir.resolve("sft.json");
        try {
            JsonRecordsWriter writer = new JsonRecordsWriter(new com.fasterxml.jackson.databind.ObjectMapper());
            var codec = PersistFixtures.SFT.codec();
            List<io.pixelstudio.trace.Trace> block = PersistFixtures.traces(1000);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(doc), 1 << 16)) {
                writer.writeEach(traces, i -> codec.encode(block.get(i % block.size())), JsonRecordLayout.LIST, out);
            }
            System.out.printf(Locale.ROOT, "document: %,d traces, %,d bytes%n", traces, Files.size(doc));
            try (DocumentSource source = DocumentSource.open(doc, PersistFixtures.SFT, ProgressListener.NONE);
                 RecoveryJournal journal = RecoveryJournal.start(doc)) {
                EditSession session = new EditSession(source);
                session.addListener(journal);
                long[] nanos = new long[edits];
                for (int e = 0; e < edits; e++) {
                    long t0 = System.nanoTime();
                    session.apply(PersistFixtures.editedTrace(e, traces), new EditTurnText(4, 0, PersistFixtures.editedText(e)));
                    nanos[e] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "journaled edit: median %.2f ms, p95 %.2f ms (%d edits)%n",
                        nanos[edits / 2] / 1e6, nanos[(int) (edits * 0.95)] / 1e6, edits);
                System.gc();
                List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP).toList();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                DocumentSaver.Result result = new DocumentSaver(source, dir).save(session, journal, ProgressListener.NONE);
                long saveNanos = System.nanoTime() - t0;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(Locale.ROOT, "save (streamed=%s): %.2f s, peak heap %,d MB, max heap %,d MB%n",
                        result.streamed(), saveNanos / 1e9, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
