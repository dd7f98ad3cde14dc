/**
 * Per-step aggregates of RL rollouts (RaPR, accuracy, tool calls, reward components, uniform-group
 * share): the curves a researcher watches to see whether curiosity keeps the model using pixel-space
 * operations.
 */
package io.pixelstudio.trace.rollout.stats;
