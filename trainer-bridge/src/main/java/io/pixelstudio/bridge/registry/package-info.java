/**
 * The runs the studio started, on disk: one folder per run with its spec, its state and the
 * trainer's output, so the run list survives a restart and a running trainer can be followed again.
 */
package io.pixelstudio.bridge.registry;
