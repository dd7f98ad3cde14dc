/**
 * What a training or evaluation run is: a versioned {@link io.pixelstudio.bridge.run.RunSpec} that
 * the studio writes, a trainer reads and two of which the studio can diff.
 */
package io.pixelstudio.bridge.run;
