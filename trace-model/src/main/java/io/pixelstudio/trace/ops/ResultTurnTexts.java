package io.pixelstudio.trace.ops;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact observation texts the reference environment writes into the user turn after a tool
 * call ({@code experience_maker.py}), and a reader that recognises them — also the shorter
 * {@code "Here is the cropped image:"} some forks write — so a user turn can be told apart from a
 * question.
 */
public final class ResultTurnTexts {

    private static final Pattern CROP = Pattern.compile("\\s*Here is the cropped image(?: \\(Image Size: (\\d+)x(\\d+)\\))?:\\s*");
    private static final Pattern FRAMES = Pattern.compile(
            "\\s*Here are the selected frames(?: \\(Frame Size: (\\d+)x(\\d+), Numbered (-?\\d+) to (-?\\d+)\\))?:\\s*");
    private static final Pattern ERROR = Pattern.compile("\\s*Execution error:\\n(.*?)\\n?", Pattern.DOTALL);

    private ResultTurnTexts() {
    }

    /** {@code "\nHere is the cropped image (Image Size: {W}x{H}):"}. */
    public static String crop(int width, int height) {
        return "\nHere is the cropped image (Image Size: " + width + "x" + height + "):";
    }

    /** {@code "\nHere are the selected frames (Frame Size: {W}x{H}, Numbered {a} to {b}):"}. */
    public static String frames(int width, int height, int first, int last) {
        return "\nHere are the selected frames (Frame Size: " + width + "x" + height + ", Numbered "
                + first + " to " + last + "):";
    }

    /** {@code "\nExecution error:\n{message}\n"}. */
    public static String error(String message) {
        return "\nExecution error:\n" + message + "\n";
    }

    /** What kind of observation a user turn's text is. */
    public enum Kind { CROP, FRAMES, ERROR }

    /**
     * A recognised observation text.
     *
     * @param exact        true when the text is byte-for-byte what the reference writes
     * @param width        image or frame width stated, or -1
     * @param height       image or frame height stated, or -1
     * @param firstNumber  frames: the first number stated, or -1
     * @param lastNumber   frames: the last number stated, or -1
     * @param errorMessage errors: the message, else empty
     */
    public record Observation(Kind kind, boolean exact, int width, int height, int firstNumber, int lastNumber,
                              String errorMessage) {
    }

    /** The observation a user turn's text is, or empty when it is not one (e.g. a question). */
    public static Optional<Observation> recognise(String text) {
        Matcher m = CROP.matcher(text);
        if (m.matches()) {
            int w = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
            int h = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            return Optional.of(new Observation(Kind.CROP, w >= 0 && text.equals(crop(w, h)), w, h, -1, -1, ""));
        }
        m = FRAMES.matcher(text);
        if (m.matches()) {
            if (m.group(1) == null) {
                return Optional.of(new Observation(Kind.FRAMES, false, -1, -1, -1, -1, ""));
            }
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            int a = Integer.parseInt(m.group(3));
            int b = Integer.parseInt(m.group(4));
            return Optional.of(new Observation(Kind.FRAMES, text.equals(frames(w, h, a, b)), w, h, a, b, ""));
        }
        m = ERROR.matcher(text);
        if (m.matches()) {
            String message = m.group(1);
            return Optional.of(new Observation(Kind.ERROR, text.equals(error(message)), -1, -1, -1, -1, message));
        }
        return Optional.empty();
    }
}
