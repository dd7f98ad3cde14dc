/**
 * Statistics that tell a real gain from noise: bootstrap confidence intervals for a benchmark's
 * score and its categories, the macro average the reference reports, and paired comparisons of two
 * runs on the same items (paired bootstrap, exact McNemar). Seeded, so a table is reproducible.
 */
package io.pixelstudio.trace.eval.stats;
