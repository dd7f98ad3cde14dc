/**
 * Findings with severity and location, and the rules that produce them: {@link
 * io.pixelstudio.trace.validate.TraceValidator} checks one trace against what the Pixel Reasoner
 * reference code would do with it, {@link io.pixelstudio.trace.validate.DatasetValidator} a whole
 * file; every rule has a stable id and severity in {@link io.pixelstudio.trace.validate.Rule}.
 */
package io.pixelstudio.trace.validate;
