/**
 * Benchmark evaluation: predictions with their provenance, answer extraction and each benchmark's
 * own metric, statistics that tell noise from gain, and faithfulness of the zooms behind answers.
 */
package io.pixelstudio.trace.eval;
