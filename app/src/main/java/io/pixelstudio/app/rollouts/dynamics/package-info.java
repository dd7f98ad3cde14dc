/**
 * Training dynamics of an RL run: per-step curves of RaPR (against the curiosity threshold H),
 * accuracy, operations per rollout, the reward's components and the share of uniform groups, drawn
 * with ChartFX so that thousands of steps stay smooth, with a hover readout and a copyable table of
 * the same numbers. The numbers come from {@code io.pixelstudio.trace.rollout.stats}; this package
 * only shows them.
 */
package io.pixelstudio.app.rollouts.dynamics;
