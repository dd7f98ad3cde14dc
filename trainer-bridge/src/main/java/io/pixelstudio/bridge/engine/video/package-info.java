/**
 * The embedded engine's video variant: a policy that sees a video's 16 frames as thumbnails, may
 * call {@code select_frames} to see one or two frames at a higher resolution, then answers; its
 * teacher-forced SFT on synthesized traces; and rollouts written as ordinary traces through the
 * reference select-frames tool. Kept apart from the image policy so each can change alone.
 */
package io.pixelstudio.bridge.engine.video;
