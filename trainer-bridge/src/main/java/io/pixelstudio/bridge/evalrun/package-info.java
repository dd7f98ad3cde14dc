/**
 * Benchmark runs through a live endpoint: every item of a benchmark split asked through the agent
 * loop with bounded concurrency, retried with backoff on transient failures, each finished
 * prediction appended (and fsynced) to a studio predictions file as it completes, so a stopped run
 * resumes where it stopped and no item is asked or scored twice.
 */
package io.pixelstudio.bridge.evalrun;
