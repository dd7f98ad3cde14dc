package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editable text synthesized traces are written with: one template file per
 * {@link TemplatePart}, each holding one or more variants separated by a line {@code ---} (lines
 * starting with {@code #} are comments). {@code {name}} (lower-case letters and underscores) is a
 * placeholder; a name the part does not offer is an error located at its template file and line.
 * Defaults ship as resources; a user folder overrides the parts it has files for. A seeded random
 * picks one variant per part, so a batch is varied yet reproducible.
 */
public final class TraceTemplates {

    /** Resource folder of the default templates. */
    public static final String RESOURCE_FOLDER = "/io/pixelstudio/trace/synth/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");
    private static final String SEPARATOR = "---";
    private static final String BOXED_ANSWER = "\\boxed{{answer}}";

    private final Map<TemplatePart, List<String>> variants;

    private TraceTemplates(Map<TemplatePart, List<String>> variants) {
        this.variants = variants;
    }

    /** The templates shipped with the studio. */
    public static TraceTemplates defaults() {
        try {
            return load(null);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled synthesis templates are broken: " + e.getMessage(), e);
        }
    }

    /**
     * The defaults with every {@code <part>.txt} of {@code folder} in place of the bundled one
     * ({@code null}: defaults only).
     *
     * @throws TemplateException listing every problem (unknown placeholder, unknown file, no variant)
     */
    public static TraceTemplates load(Path folder) throws IOException {
        Map<TemplatePart, List<String>> variants = new EnumMap<>(TemplatePart.class);
        List<Finding> problems = new ArrayList<>();
        for (TemplatePart part : TemplatePart.values()) {
            String name = part.fileName() + ".txt";
            Path userFile = folder == null ? null : folder.resolve(name);
            if (userFile != null && Files.isRegularFile(userFile)) {
                variants.put(part, parse(part, Files.readString(userFile, StandardCharsets.UTF_8), userFile, problems));
            } else {
                variants.put(part, parse(part, resource(name), Path.of("(bundled)", name), problems));
            }
        }
        if (folder != null) {
            checkNoStrayFiles(folder, problems);
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new TraceTemplates(variants);
    }

    /** The variants of {@code part}, in file order. */
    public List<String> variants(TemplatePart part) {
        return variants.get(Objects.requireNonNull(part, "part"));
    }

    /**
     * One variant of {@code part}, picked by {@code random}, with its placeholders filled from
     * {@code values} ({@code lbrace}/{@code rbrace} need not be given).
     *
     * @throws IllegalArgumentException when a placeholder the variant uses has no value
     */
    public String render(TemplatePart part, Map<String, String> values, Random random) {
        List<String> options = variants(part);
        String template = options.get(random.nextInt(options.size()));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "lbrace" -> "{";
                case "rbrace" -> "}";
                default -> values.get(name);
            };
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + name + "} in template part " + part.fileName());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> parse(TemplatePart part, String text, Path file, List<Finding> problems) {
        List<String> found = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int firstLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : SEPARATOR;
            if (line.strip().equals(SEPARATOR)) {
                String variant = String.join("\n", current).strip();
                if (!variant.isEmpty()) {
                    if (part == TemplatePart.ANSWER && !variant.contains(BOXED_ANSWER)) {
                        problems.add(problem(file, firstLine, "the answer template must contain " + BOXED_ANSWER
                                + " so the trace ends with the answer in \\boxed{}"));
                    }
                    found.add(variant);
                }
                current.clear();
                firstLine = 0;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (firstLine == 0 && !line.isBlank()) {
                firstLine = i + 1;
            }
            checkPlaceholders(part, line, file, i + 1, problems);
            current.add(line);
        }
        if (found.isEmpty()) {
            problems.add(problem(file, 1, "no template variant (variants are separated by a line '---')"));
        }
        return List.copyOf(found);
    }

    private static void checkPlaceholders(TemplatePart part, String line, Path file, int lineNumber,
                                          List<Finding> problems) {
        Matcher m = PLACEHOLDER.matcher(line);
        while (m.find()) {
            String name = m.group(1);
            if (!part.placeholders().contains(name) && !TemplatePart.ALWAYS.contains(name)) {
                problems.add(problem(file, lineNumber, "unknown placeholder {" + name + "} in part '" + part.fileName()
                        + "' (available: " + available(part) + ")"));
            }
        }
    }

    private static String available(TemplatePart part) {
        return Stream.concat(part.placeholders().stream().sorted(), TemplatePart.ALWAYS.stream())
                .map(n -> "{" + n + "}").collect(Collectors.joining(", "));
    }

    private static void checkNoStrayFiles(Path folder, List<Finding> problems) throws IOException {
        List<String> known = Arrays.stream(TemplatePart.values()).map(p -> p.fileName() + ".txt").toList();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") && !known.contains(name)) {
                    problems.add(problem(file, 1, "not a template part; known parts: " + String.join(", ", known)));
                }
            }
        }
    }

    private static Finding problem(Path file, int line, String message) {
        return SynthesisRules.TEMPLATE_INVALID.finding(Location.ofFile(file).atLine(line), message);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TraceTemplates.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IOException("missing bundled template " + RESOURCE_FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
