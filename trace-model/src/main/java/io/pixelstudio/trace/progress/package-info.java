/** Progress and cancellation as a library interface, adapted to JavaFX in the app and to a console bar in the CLI. */
package io.pixelstudio.trace.progress;
