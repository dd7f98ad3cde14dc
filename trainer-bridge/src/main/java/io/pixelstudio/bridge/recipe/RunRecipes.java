package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.run.RunSpec;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The recipes this build has, found once with {@link ServiceLoader}. */
public final class RunRecipes {

    private final List<RunRecipe> recipes;

    public RunRecipes(List<RunRecipe> recipes) {
        this.recipes = List.copyOf(recipes);
    }

    /** Every recipe registered on the class path. */
    public static RunRecipes discover() {
        return new RunRecipes(ServiceLoader.load(RunRecipe.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** All recipes, in discovery order. */
    public List<RunRecipe> all() {
        return recipes;
    }

    /** The recipe a spec names, checked to run the spec's kind. */
    public RunRecipe forSpec(RunSpec spec) throws RecipeException {
        Objects.requireNonNull(spec, "spec");
        RunRecipe recipe = recipes.stream().filter(r -> r.id().equals(spec.recipe())).findFirst()
                .orElseThrow(() -> new RecipeException("no recipe '" + spec.recipe() + "' (recipes: "
                        + recipes.stream().map(RunRecipe::id).collect(Collectors.joining(", ")) + ")"));
        if (!recipe.kinds().contains(spec.kind())) {
            throw new RecipeException("recipe " + recipe.id() + " does not run " + spec.kind().name().toLowerCase()
                    + " (it runs " + recipe.kinds() + ")");
        }
        return recipe;
    }
}
