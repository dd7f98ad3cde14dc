/** Streaming byte-offset index over large JSON-list and JSON-lines trace files: records are parsed on demand. */
package io.pixelstudio.trace.index;
