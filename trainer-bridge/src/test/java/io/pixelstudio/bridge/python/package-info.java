/**
 * Tests that prove the studio's own Python runner ({@code trainer-bridge/python}) agrees with the Java
 * core: its unit tests run as a real process, and reward and crop results are cross-checked value
 * by value against {@code CuriosityReward} and {@code CropExecutor}.
 */
package io.pixelstudio.bridge.python;
