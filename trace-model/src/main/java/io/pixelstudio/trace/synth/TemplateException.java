package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.validate.Finding;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Templates that cannot be used, with every problem located (template file, line). An
 * {@link IOException} because templates are files the user edits: callers already report those
 * as bad input.
 */
public final class TemplateException extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient List<Finding> problems;

    public TemplateException(List<Finding> problems) {
        super(problems.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, located. */
    public List<Finding> problems() {
        return problems;
    }
}
