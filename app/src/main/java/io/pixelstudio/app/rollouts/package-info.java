/**
 * The rollout screen: one question's G rollouts of one step as a grid of cards with every reward
 * term recomputed, the question list with RaPR-collapse and all-fail flags, a heatmap of where all
 * rollouts zoomed against the evidence, and a what-if panel that re-scores every loaded group at
 * once. Subpackage {@code dynamics} holds the training-dynamics charts.
 */
package io.pixelstudio.app.rollouts;
