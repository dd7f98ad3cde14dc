/**
 * Reading RL rollout dumps into {@link io.pixelstudio.trace.rollout.Rollout}s: the Pixel Reasoner
 * trainer's own {@code logs/sample*.jsonl}, OpenRLHF/verl-style prompt/response/reward JSONL, and
 * the studio's versioned rollouts file (which is also written here). Bad lines become located
 * findings; the other lines still load.
 */
package io.pixelstudio.trace.rollout.importer;
