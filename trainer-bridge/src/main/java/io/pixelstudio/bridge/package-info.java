/**
 * Run specifications and the supervision of trainer and evaluator processes, and live model
 * endpoints. Kept free of UI so the same code drives runs from the studio, the command line and CI.
 */
package io.pixelstudio.bridge;
