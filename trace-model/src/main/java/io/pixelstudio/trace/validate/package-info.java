/** Findings with severity and location, and the rules that produce them. */
package io.pixelstudio.trace.validate;
