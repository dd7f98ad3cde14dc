/**
 * The Pixel Reasoner reference formats (TIGER-AI-Lab/Pixel-Reasoner): the SFT data, whose
 * {@code message_list} records hold whole multi-turn traces, and the RL data, prompts with ground
 * truth in Parquet or JSON. Codecs round-trip records losslessly, key order included; the exact
 * specification is {@code docs/formats.md}, section "Pixel Reasoner formats".
 */
package io.pixelstudio.trace.format.pixelreasoner;
