package io.pixelstudio.bridge.run;

/** The three things a run can do; spec files write the lower-case name ({@code sft}, {@code rl}, {@code evaluation}). */
public enum RunKind {
    SFT,
    RL,
    EVALUATION
}
