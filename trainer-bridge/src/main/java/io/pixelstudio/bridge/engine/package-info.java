/**
 * The embedded engine: a small pixel-space policy trained in-process with DJL's PyTorch engine
 * (CPU natives from Maven Central, never downloaded), on a generated task suite, speaking the same
 * run events, trace and predictions formats as the external trainers.
 */
package io.pixelstudio.bridge.engine;
