/**
 * Counterfactual probing: re-ask a trace from its zoom-in call with the pixels the model looked at
 * masked, shifted, swapped for a random region or replaced by the whole image, and record whether
 * the answer changes — batched over a benchmark, the share of answers that depend on the pixels
 * the model chose to look at.
 */
package io.pixelstudio.bridge.probe;
