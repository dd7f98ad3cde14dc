/**
 * Run specifications and the supervision of trainer and evaluator processes. Kept free of UI so the
 * same code drives runs from the studio, the command line and CI. It holds no code yet: the
 * trainer-bridge issue fills it.
 */
package io.pixelstudio.bridge;
