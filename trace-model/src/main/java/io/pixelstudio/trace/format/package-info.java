/**
 * File formats: each maps one JSON record to and from a {@link io.pixelstudio.trace.Trace}
 * losslessly, and is found through {@link java.util.ServiceLoader} so new formats plug in.
 */
package io.pixelstudio.trace.format;
