/**
 * Faithfulness of answers to their evidence: did the zooms (and frame selections) behind an answer
 * look where the answer really is? Separates right answers that looked at the evidence from lucky
 * ones, and wrong answers that looked from blind ones.
 */
package io.pixelstudio.trace.eval.faithfulness;
