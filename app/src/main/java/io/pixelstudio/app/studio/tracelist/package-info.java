/**
 * The trace list: {@link io.pixelstudio.app.studio.tracelist.TraceFilter} (the filter language),
 * {@link io.pixelstudio.app.studio.tracelist.TraceListViewModel} (rows, filter text, the visible
 * rows; tested without a window) and {@link io.pixelstudio.app.studio.tracelist.TraceListPane}
 * (a virtualized table with a filter box).
 */
package io.pixelstudio.app.studio.tracelist;
