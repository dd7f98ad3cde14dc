/**
 * Token budgets: how many tokens a trace costs a Qwen2.5-VL-style model — its text through the model's
 * own tokenizer (DJL's Hugging Face tokenizers binding, natives from Maven Central, read from the local
 * model folder) plus the visual tokens of every image from the resize rule — against a run's max length.
 */
package io.pixelstudio.bridge.tokens;
