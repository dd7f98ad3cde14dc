/**
 * RL rollouts: groups of sampled answers per question and training step, and the curiosity-driven
 * reward that decides whether a model keeps using pixel-space operations.
 */
package io.pixelstudio.trace.rollout;
