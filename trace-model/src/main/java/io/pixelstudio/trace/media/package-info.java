/**
 * Decoding images and videos safely and faithfully: {@link io.pixelstudio.trace.media.MediaResolver}
 * keeps media paths inside the dataset folder; {@link io.pixelstudio.trace.media.ImageLoader} gives
 * the RGB pixels the reference pipeline (PIL + qwen_vl_utils) fed the model, refusing decompression
 * bombs from the header; {@link io.pixelstudio.trace.media.VideoProbe},
 * {@link io.pixelstudio.trace.media.VideoFrameDecoder} and {@link io.pixelstudio.trace.media.FrameSampler}
 * count, decode and sample video frames exactly (Humble Video / FFmpeg).
 */
package io.pixelstudio.trace.media;
