"""Pixel Reasoner Studio's own trainer: SFT, GRPO with the curiosity reward, and evaluation.

The pure parts (reward, ops, collate, data, events, spec) need only the standard library (and
Pillow for pixels); the model steps (sft, rl, evaluate) import torch/transformers/peft lazily so a
machine without them fails with a clear ``error`` event instead of an ImportError.
"""
