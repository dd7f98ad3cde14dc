/**
 * Reinforcement learning of the embedded engine's policy: GRPO-style groups of sampled rollouts on
 * the probe suite, scored by trace-model's curiosity-driven reward (either profile), uniform groups
 * dropped, and a policy-gradient step on the group-mean advantages.
 */
package io.pixelstudio.bridge.engine.rl;
