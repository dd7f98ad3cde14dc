/**
 * The main window and what frames it: {@link io.pixelstudio.app.studio.main.MainWindow} (the one
 * class that wires the trace list, viewer, frame strip, reasoning pane and crop panel to the
 * {@link io.pixelstudio.app.studio.state.StudioState}), the actions with their shortcuts
 * ({@link io.pixelstudio.app.studio.main.StudioAction}), the help overlay and recent files.
 */
package io.pixelstudio.app.studio.main;
