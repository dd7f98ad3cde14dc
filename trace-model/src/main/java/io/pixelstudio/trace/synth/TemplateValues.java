package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How synthesis words the values it puts into templates: a box as the call writes it
 * ({@code [0.41, 0.52, 0.47, 0.57]}), a region as the part of the image its centre falls in (a
 * 3x3 grid: "top-left part" ... "centre"), and frame lists as "8, 9 and 10".
 */
final class TemplateValues {

    private TemplateValues() {
    }

    /** {@code box} (normalized) written as in the tool call, shortest decimals. */
    static String box(Box box) {
        return "[" + number(box.x1()) + ", " + number(box.y1()) + ", " + number(box.x2()) + ", " + number(box.y2()) + "]";
    }

    /** Where the centre of {@code box} (normalized) lies, in words. */
    static String region(Box box) {
        String row = third((box.y1() + box.y2()) / 2, "top", "", "bottom");
        String column = third((box.x1() + box.x2()) / 2, "left", "", "right");
        if (row.isEmpty() && column.isEmpty()) {
            return "centre";
        }
        return (row.isEmpty() || column.isEmpty() ? row + column : row + "-" + column) + " part";
    }

    /** {@code numbers} as "8", "8 and 9" or "8, 9 and 10". */
    static String frames(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return numbers.get(0).toString();
        }
        String head = numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return head + " and " + numbers.get(numbers.size() - 1);
    }

    private static String third(double v, String low, String middle, String high) {
        return v < 1.0 / 3 ? low : v > 2.0 / 3 ? high : middle;
    }

    private static String number(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
