/**
 * One embedded-engine run from a {@link io.pixelstudio.bridge.run.RunSpec} (recipe {@code embedded}):
 * the probe suite made or read, SFT, RL with the curiosity reward, checkpoints, and a held-out
 * evaluation written as studio predictions — in the studio's JVM (CLI) or a child JVM started by
 * {@link io.pixelstudio.bridge.recipe.EmbeddedRecipe} through {@link EngineMain}. See docs/engine.md
 * "Running the engine".
 */
package io.pixelstudio.bridge.engine.run;
