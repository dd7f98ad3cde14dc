/**
 * One scorer per benchmark, each implementing the metric its benchmark defines (accuracy, exact
 * count, ANLS), plus a profile reproducing the Pixel Reasoner reference code's single accuracy, so
 * a user can get both the paper-code number and the benchmark's own number and see why they differ.
 */
package io.pixelstudio.trace.eval.metric;
