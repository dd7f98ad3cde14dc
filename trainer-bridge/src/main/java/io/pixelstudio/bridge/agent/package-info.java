/**
 * The pixel-space reasoning loop driven against a live endpoint: send the conversation with its
 * images, read the reply's tool call as the reference does, execute it with trace-model's
 * operations, append the observation turn, repeat within the reference's limits. The result is an
 * ordinary {@link io.pixelstudio.trace.Trace}: the studio opens, replays and validates it like any
 * other.
 */
package io.pixelstudio.bridge.agent;
