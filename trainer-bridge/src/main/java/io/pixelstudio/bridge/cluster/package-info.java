/**
 * Submitting a prepared run to a cluster the user already has — Slurm ({@code sbatch}) or Ray
 * ({@code ray job submit}) — with the same command, environment and event files as a local run.
 */
package io.pixelstudio.bridge.cluster;
