"""Supervised fine-tuning on multi-turn multimodal traces, loss only on assistant tokens.

Each example is rendered with the Qwen chat template (collate.render), run through the processor
with all its images (question images, crops, selected frames, in order), and labelled by
collate.assistant_labels. Optimizer AdamW, gradient accumulation, a checkpoint per epoch.
UNTESTED without a GPU machine (see docs/python-runner.md).
"""
import os

from . import collate, data, model as models, ops


def _turn_media(messages):
    return [item for message in messages for item in message["content"] if item["type"] in ("image", "video")]


def run(spec, events):
    examples = data.load(spec.resolve(spec.data_path), spec.data_format)
    net, processor, torch = models.load(spec, trainable=True)
    device = next(net.parameters()).device
    markers = collate.Markers(processor.tokenizer)
    h = spec.hyper
    per_epoch = max(1, len(examples) // max(1, h.gradientAccumulation))
    total = h.maxSteps if h.maxSteps > 0 else per_epoch * h.epochs
    events.start("sft", total)
    optimizer = torch.optim.AdamW([p for p in net.parameters() if p.requires_grad], lr=h.learningRate)
    generator = torch.Generator().manual_seed(h.seed)
    step, pending, running = 0, 0, 0.0
    for epoch in range(h.epochs):
        order = torch.randperm(len(examples), generator=generator).tolist()
        for index in order:
            example = examples[index]
            images, videos = models.load_visuals(_turn_media(example.messages), ops.SFT)
            inputs = models.processor_inputs(processor, collate.render(example.messages), images, videos, device)
            length = inputs["input_ids"].shape[1]
            if length > h.maxLength:  # cutting ids would orphan image tokens from their pixels
                events.log("%s: %d tokens exceed maxLength %d; example skipped" % (example.qid, length, h.maxLength),
                           "warning")
                continue
            ids = inputs["input_ids"][0]
            labels = torch.tensor(collate.assistant_labels(ids.tolist(), markers), device=device)
            loss = net(**inputs, labels=labels.unsqueeze(0)).loss / h.gradientAccumulation
            loss.backward()
            running += loss.item()
            pending += 1
            if pending == h.gradientAccumulation:
                optimizer.step()
                optimizer.zero_grad()
                step += 1
                events.metrics(step, {"loss": running, "lr": h.learningRate, "epoch": epoch + 1})
                pending, running = 0, 0.0
                if 0 < h.maxSteps <= step:
                    break
        folder = os.path.join(spec.output, "checkpoints", "step-%d" % step)
        models.save(net, processor, folder)
        events.checkpoint(step, folder)
        if 0 < h.maxSteps <= step:
            break
