/**
 * Where a question's rollouts looked: every zoom region of every rollout spread as unit mass over
 * a grid on the image in normalized coordinates, and the share of that mass inside the annotated
 * evidence. Pure numbers, no pixels, so the rollout screen and tests agree on the same figures.
 */
package io.pixelstudio.trace.rollout.heatmap;
