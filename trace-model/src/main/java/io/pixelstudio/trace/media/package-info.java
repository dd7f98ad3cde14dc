/** Decoding images and videos safely: resolving paths inside a dataset folder, pixel limits, frame-accurate video. */
package io.pixelstudio.trace.media;
