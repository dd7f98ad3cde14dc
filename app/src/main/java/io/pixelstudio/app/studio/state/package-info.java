/**
 * The studio's view-model root: {@link io.pixelstudio.app.studio.state.StudioState} holds the open
 * document, the selected trace, the replayed trace ({@link io.pixelstudio.app.studio.state.LoadedTrace},
 * built off the FX thread by {@link io.pixelstudio.app.studio.state.TraceLoader}), the current turn
 * and step, the model's-eye toggle and the current video frame. Everything the views show follows
 * from it, so stepping keeps them in sync; it is tested without a window.
 */
package io.pixelstudio.app.studio.state;
