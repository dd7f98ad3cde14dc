/**
 * The application module's entry point ({@link io.pixelstudio.app.Launcher}): the JavaFX studio
 * ({@code studio}) or the command line ({@code cli}), both built on the UI-free trace model.
 */
package io.pixelstudio.app;
