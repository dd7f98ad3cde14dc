/** The studio's launch and memory benchmark and the generator of its large trace file. */
package io.pixelstudio.app.studio.bench;
