/**
 * The trace list: {@link io.pixelstudio.app.studio.tracelist.TraceListViewModel} (rows, filter text
 * in the {@link io.pixelstudio.trace.query.TraceQuery} language, the visible rows; tested without a
 * window) and {@link io.pixelstudio.app.studio.tracelist.TraceListPane} (a virtualized, multi-select
 * table with a filter box).
 */
package io.pixelstudio.app.studio.tracelist;
