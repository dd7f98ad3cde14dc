/**
 * The event protocol between a trainer process and the studio: one JSON object per line on the
 * trainer's standard output ({@code docs/runs.md}), parsed into {@link io.pixelstudio.bridge.events.RunEvent}s
 * and handed to a {@link io.pixelstudio.bridge.events.RunListener}.
 */
package io.pixelstudio.bridge.events;
