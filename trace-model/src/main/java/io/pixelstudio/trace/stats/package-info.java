/** Dataset statistics: how much pixel-space reasoning a data file holds and what its zooms look like. */
package io.pixelstudio.trace.stats;
