/**
 * The {@code pixelstudio} command line: the same trace-model code the studio uses, driven from a
 * terminal and from scripts. {@link io.pixelstudio.app.cli.PixelStudioCli} is its composition root.
 */
package io.pixelstudio.app.cli;
