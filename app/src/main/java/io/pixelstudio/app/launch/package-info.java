/**
 * How the packaged and the checkout studio decide what to open when they start: the command-line
 * shapes the launcher accepts ({@link io.pixelstudio.app.launch.LaunchArguments}), the
 * {@code .pxstudio} project links that installers associate with the studio
 * ({@link io.pixelstudio.app.launch.ProjectLink}), the first-start choice between the last opened
 * file and the bundled sample ({@link io.pixelstudio.app.launch.StartupChoice}) and the
 * time-to-first-window report the installer smoke test waits for
 * ({@link io.pixelstudio.app.launch.FirstWindowReport}).
 */
package io.pixelstudio.app.launch;
