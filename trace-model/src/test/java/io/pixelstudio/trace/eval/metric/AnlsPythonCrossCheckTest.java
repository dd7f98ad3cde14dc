package io.pixelstudio.trace.eval.metric;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cross-checks {@link Anls} against an independent Python implementation
 * ({@code src/test/resources/eval/anls_reference.py}) on 200 generated cases mixing case, Python
 * whitespace (tab, newline, no-break space), accents, CJK and emoji outside the BMP.
 */
class AnlsPythonCrossCheckTest {

    private static final String[] PIECES = {"a", "b", "c", "A", "B", "e", "é", "É", "1", "0", ",", ".", "%",
            " ", "  ", "\t", "\n", "\u00A0", "北", "京", "市", "👍", "👎", "😀", "new", "york", "-"};

    @Test
    void javaAnlsAgreesWithTheIndependentPythonScriptOn200Cases() throws Exception {
        assumeTrue(python3Available(), "python3 is not on the PATH: the ANLS cross-check against "
                + "anls_reference.py is skipped (install python3 to run it)");
        Random random = new Random(7);
        List<List<String>> gts = new ArrayList<>();
        List<String> preds = new ArrayList<>();
        List<Anls.LengthBasis> bases = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            List<String> truths = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            String first = text(random);
            truths.add(first);
            for (int k = 1; k < count; k++) {
                truths.add(text(random));
            }
            String pred = random.nextInt(3) == 0 ? mutate(first, random) : text(random);
            Anls.LengthBasis basis = random.nextBoolean() ? Anls.LengthBasis.NORMALISED : Anls.LengthBasis.RAW;
            gts.add(truths);
            preds.add(pred);
            bases.add(basis);
            input.append("{\"gts\":[");
            for (int k = 0; k < truths.size(); k++) {
                input.append(k == 0 ? "" : ",").append(json(truths.get(k)));
            }
            input.append("],\"pred\":").append(json(pred)).append(",\"basis\":\"")
                    .append(basis == Anls.LengthBasis.NORMALISED ? "normalised" : "raw").append("\"}\n");
        }
        List<String> lines = runPython(input.toString());
        assertThat(lines).hasSize(200);
        Levenshtein levenshtein = new Levenshtein();
        for (int i = 0; i < 200; i++) {
            double java = new Anls(levenshtein, bases.get(i)).score(gts.get(i), preds.get(i));
            assertThat(java).as("case %d gts=%s pred=%s basis=%s", i, gts.get(i), preds.get(i), bases.get(i))
                    .isCloseTo(Double.parseDouble(lines.get(i)), within(1e-12));
        }
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static String mutate(String s, Random random) {
        StringBuilder out = new StringBuilder(s.toUpperCase(java.util.Locale.ROOT));
        if (out.length() > 0 && random.nextBoolean()) {
            out.deleteCharAt(out.offsetByCodePoints(0, random.nextInt(out.codePointCount(0, out.length()))));
        }
        return out.append(random.nextBoolean() ? " " : "x").toString();
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> runPython(String input) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(AnlsPythonCrossCheckTest.class.getResource("/eval/anls_reference.py").toURI());
        Process p = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream out = p.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        assertThat(p.exitValue()).as("python3 exit status").isZero();
        return output.lines().toList();
    }
}
