/**
 * Write-only exports of traces to the chat formats other trainers read: LLaMA-Factory's
 * ShareGPT/OpenAI-style multimodal JSON ({@code sharegpt}) and the TRL / OpenAI conversational
 * JSONL with typed content parts ({@code openai-messages}). Tool calls and tool results are
 * exported exactly as the Pixel Reasoner trace holds them (assistant text, user observation
 * turns), so a model trained on the export sees the same token sequence as the reference trainer.
 * Mappings and choices: {@code docs/exports.md}.
 */
package io.pixelstudio.trace.format.export;
