package io.pixelstudio.bridge.recipe;

/** A run a recipe cannot prepare: a missing installation, a kind it does not run, an unusable setting. */
public final class RecipeException extends Exception {

    public RecipeException(String message) {
        super(message);
    }

    public RecipeException(String message, Throwable cause) {
        super(message, cause);
    }
}
