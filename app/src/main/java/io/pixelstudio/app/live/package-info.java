/**
 * The "Ask model…" panel: puts a question about the open image or video to a served model through
 * trainer-bridge's agent loop and shows the turns and zoom boxes as they arrive, with Stop.
 */
package io.pixelstudio.app.live;
