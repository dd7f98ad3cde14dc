/**
 * The curiosity-driven reward of Pixel Reasoner, recomputed from raw rollouts: correctness, the
 * curiosity bonus driven by the group's rate of pixel-space reasoning, the efficiency penalty,
 * group-relative advantages, uniform-group filtering and the check against a dump's stored rewards.
 * Two profiles exist because the paper's formula and the released training code differ; see
 * {@code docs/rewards.md}.
 */
package io.pixelstudio.trace.rollout.reward;
