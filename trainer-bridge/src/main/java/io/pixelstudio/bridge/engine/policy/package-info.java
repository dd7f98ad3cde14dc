/**
 * The embedded pixel-space policy: a small DJL convolutional network that sees a probe image
 * downsampled, may zoom into one cell of a grid (executed with the studio's own crop code), then
 * answers; supervised fine-tuning on synthesized traces with teacher forcing; rollouts written as
 * ordinary traces with the reference tool-call text.
 */
package io.pixelstudio.bridge.engine.policy;
