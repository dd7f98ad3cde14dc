/**
 * The data file open in the studio: {@link io.pixelstudio.app.studio.document.TraceDocument} reads
 * one trace at a time (JSON record files through the streaming index, never all traces in memory),
 * and {@link io.pixelstudio.app.studio.document.TraceRow} is the small summary the trace list shows
 * and filters, built by a background scan.
 */
package io.pixelstudio.app.studio.document;
