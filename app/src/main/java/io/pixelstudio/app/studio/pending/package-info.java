/** Temporary stand-ins for the viewer, reasoning and video components until their branches are merged. */
package io.pixelstudio.app.studio.pending;
