/**
 * The trace query language shared by the studio's filter box, saved views and
 * {@code pixelstudio export --query}: {@link io.pixelstudio.trace.query.TraceFacts} (what a query can
 * read about a trace, computed once without decoding media), {@link io.pixelstudio.trace.query.TraceQuery}
 * (parsed once into a predicate that is cheap per trace), and saved views
 * ({@link io.pixelstudio.trace.query.SavedViews}, {@link io.pixelstudio.trace.query.SavedViewsFile}).
 */
package io.pixelstudio.trace.query;
