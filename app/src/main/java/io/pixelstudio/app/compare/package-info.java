/**
 * The compare screen: several benchmark runs side by side (scores with intervals, each run against
 * the first with a paired interval and McNemar p), a bar chart, and a per-sample diff whose filters
 * find the items that flipped or were answered without looking; a selected sample shows every run's
 * zoom path over the image. {@link io.pixelstudio.app.compare.CompareViewModel} holds the state and
 * is tested without a window; {@link io.pixelstudio.app.compare.CompareWindow} draws it.
 */
package io.pixelstudio.app.compare;
