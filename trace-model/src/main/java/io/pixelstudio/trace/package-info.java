/**
 * The studio's format-neutral domain: a {@link io.pixelstudio.trace.Trace} is a question about
 * media answered through turns, some of which call visual operations. Every type here is an
 * immutable value; fields a file format carries that the domain does not model travel in
 * {@link io.pixelstudio.trace.Extras} so that no codec ever drops data.
 */
package io.pixelstudio.trace;
