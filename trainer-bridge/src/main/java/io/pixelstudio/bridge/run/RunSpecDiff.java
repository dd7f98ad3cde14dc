package io.pixelstudio.bridge.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields two run specs disagree on — what a researcher asks first when two runs ended
 * differently. Compares the specs' JSON trees leaf by leaf, in the first spec's field order, so every
 * setting (recipe flags in {@code extra} included) is covered without a list to keep up to date.
 */
public final class RunSpecDiff {

    private final RunSpecCodec codec;

    public RunSpecDiff(RunSpecCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The differing fields; empty when the specs are equal. */
    public List<SpecDifference> between(RunSpec left, RunSpec right) {
        List<SpecDifference> out = new ArrayList<>();
        walk("", codec.toTree(left), codec.toTree(right), out);
        return out;
    }

    private static void walk(String path, JsonNode left, JsonNode right, List<SpecDifference> out) {
        if (left != null && right != null && left.isObject() && right.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            left.fieldNames().forEachRemaining(names::add);
            right.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, left.get(name), right.get(name), out);
            }
        } else if (left != null && right != null && left.isArray() && right.isArray()) {
            int size = Math.max(left.size(), right.size());
            for (int i = 0; i < size; i++) {
                walk(path + "[" + i + "]", left.get(i), right.get(i), out);
            }
        } else if (!Objects.equals(left, right)) {
            out.add(new SpecDifference(path, text(left), text(right)));
        }
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.toString();
    }
}
