/**
 * Starting, following and stopping trainer processes. A trainer writes its events and its error
 * output to files in the run's folder, not to pipes, so it outlives a closed studio and a restarted
 * one can follow it again.
 */
package io.pixelstudio.bridge.process;
