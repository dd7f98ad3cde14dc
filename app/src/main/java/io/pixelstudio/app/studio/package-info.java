/**
 * The JavaFX studio's composition root ({@link io.pixelstudio.app.studio.Studio},
 * {@link io.pixelstudio.app.studio.StudioApplication}) and how it finds the bundled sample. The
 * screens, state and background work live in the sub-packages.
 */
package io.pixelstudio.app.studio;
