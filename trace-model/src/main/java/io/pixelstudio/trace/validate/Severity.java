package io.pixelstudio.trace.validate;

/** How bad a finding is. Only {@link #ERROR} makes {@code pixelstudio validate} exit non-zero. */
public enum Severity {
    INFO,
    WARNING,
    ERROR
}
