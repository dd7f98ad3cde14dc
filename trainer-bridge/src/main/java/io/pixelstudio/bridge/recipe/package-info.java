/**
 * Recipes: how each trainer is started for a {@link io.pixelstudio.bridge.run.RunSpec} — the studio's
 * own Python runner, the Pixel Reasoner repository's scripts, LLaMA-Factory — found with
 * {@link java.util.ServiceLoader}, and the submission of the same command to Slurm or Ray.
 */
package io.pixelstudio.bridge.recipe;
