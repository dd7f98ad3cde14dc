/**
 * Importers that turn other tools' evaluation outputs (Pixel Reasoner eval logs, lmms-eval sample
 * logs) and the studio's own predictions file into {@link io.pixelstudio.trace.eval.PredictionSet}s,
 * keeping where each run came from and reporting every unreadable record with its file, line and
 * field while the others still load.
 */
package io.pixelstudio.trace.eval.importer;
