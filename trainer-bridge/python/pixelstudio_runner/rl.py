"""GRPO with the curiosity-driven reward, executing zoom-in and select-frames between turns.

Per step: ``batchSize`` prompts, ``groupSize`` rollouts each. A rollout alternates generate →
(if the turn ends in ``</tool_call>``) execute the call with ops.execute → append the observation as
a user turn → generate again, with the reference's stops: more than 3 calls, more than 16 images, or
``maxLength`` tokens. Rewards and advantages come from reward.CuriosityReward (spec ``reward``);
uniform groups are dropped; the update is the on-policy GRPO/"group" policy gradient
−Σ A·log π(token) over assistant tokens, normalized by token count. Each step's rollouts are written
in the studio rollouts format and announced with a ``rollouts`` event.
UNTESTED without a GPU machine (see docs/python-runner.md).
"""
import os

from . import collate, data, model as models, ops, reward, rollouts


class Trajectory:
    """One rollout's conversation, visual state and counters, as the reference environment keeps them."""

    def __init__(self, example, state):
        self.messages = [dict(m) for m in example.prompt()]
        self.state = state
        self.images = list(state.images) if not state.video else []
        self.videos = [state.frames] if state.video else []
        self.calls = 0
        self.failures = 0
        self.last_failed = False
        self.ended_after_failure = False
        self.responses = []

    def add_turn(self, text, force_stop):
        """Records an assistant turn; True when the rollout continues (a call to execute)."""
        self.messages.append({"role": "assistant", "content": [{"type": "text", "text": text}]})
        self.responses.append(text)
        require_tool = ops.triggers_execution(text)
        force = self.calls > 3 or self.state.reference_length() > ops.MAX_IMAGES or force_stop
        finished = not require_tool or force
        if finished:
            self.ended_after_failure = self.last_failed
        self.calls += 1 if require_tool else 0
        self.failures += 1 if force else 0
        return not finished

    def observe(self, settings):
        observation = ops.execute(self.state, self.responses[-1], settings)
        self.last_failed = observation.failed
        self.failures += 1 if observation.failed else 0
        content = [{"type": "text", "text": observation.text}] + [{"type": "image", "image": None}
                                                                  for _ in observation.images]
        self.messages.append({"role": "user", "content": content})
        self.state = self.state.plus(observation.images)
        self.images.extend(observation.images)
        if self.state.reference_length() > ops.MAX_IMAGES:
            self.ended_after_failure = observation.failed
            return False
        return True

    def response_text(self):
        """The multi-turn output as text (assistant turns and observations, chat-template rendered)."""
        rendered = collate.render(self.messages[len(self.messages) - 2 * len(self.responses) + 1:])
        return rendered.split("assistant\n", 1)[1] if "assistant\n" in rendered else rendered


def _state(example, bounds):
    images, videos = models.load_visuals(example.media(), bounds)
    return ops.VisualState(True, videos[0], []) if videos else ops.VisualState(False, [], images)


def _generate(net, processor, torch, trajectory, spec, budget, greedy):
    text = collate.render(trajectory.messages, add_generation_prompt=True)
    device = next(net.parameters()).device
    inputs = models.processor_inputs(processor, text, trajectory.images, trajectory.videos, device)
    prompt_length = inputs["input_ids"].shape[1]
    new_tokens = max(1, budget - prompt_length)
    with torch.no_grad():
        out = net.generate(**inputs, max_new_tokens=new_tokens, do_sample=not greedy,
                           temperature=None if greedy else spec.hyper.temperature, stop_strings=[ops.END_TAG, collate.IM_END],
                           tokenizer=processor.tokenizer)
    generated = out[0][prompt_length:]
    text = processor.tokenizer.decode(generated, skip_special_tokens=False).replace(collate.IM_END, "")
    return text, prompt_length + generated.shape[0] >= budget


def rollout(net, processor, torch, example, spec, settings=ops.TRAINING, bounds=ops.TRAINING_INPUT, greedy=False):
    trajectory = Trajectory(example, _state(example, bounds))
    while True:
        text, out_of_tokens = _generate(net, processor, torch, trajectory, spec, spec.hyper.maxLength, greedy)
        if not trajectory.add_turn(text, out_of_tokens):
            return trajectory
        if not trajectory.observe(settings):
            return trajectory


def _log_prob_loss(net, processor, torch, trajectory, advantage, markers):
    device = next(net.parameters()).device
    inputs = models.processor_inputs(processor, collate.render(trajectory.messages), trajectory.images,
                                     trajectory.videos, device)
    labels = torch.tensor(collate.assistant_labels(inputs["input_ids"][0].tolist(), markers), device=device)
    logits = net(**inputs).logits[0, :-1].float()
    targets = labels[1:]
    mask = targets != collate.IGNORE_INDEX
    log_probs = torch.log_softmax(logits, dim=-1).gather(1, targets.clamp(min=0).unsqueeze(1)).squeeze(1)
    return -(advantage * log_probs[mask]).sum() / mask.sum().clamp(min=1)


def run(spec, events):
    examples = data.load(spec.resolve(spec.data_path), spec.data_format)
    net, processor, torch = models.load(spec, trainable=True)
    markers = collate.Markers(processor.tokenizer)
    h = spec.hyper
    steps = h.maxSteps if h.maxSteps > 0 else max(1, len(examples) // max(1, h.batchSize)) * h.epochs
    events.start("rl", steps)
    optimizer = torch.optim.AdamW([p for p in net.parameters() if p.requires_grad], lr=h.learningRate)
    scorer = reward.CuriosityReward(spec.reward)
    generator = torch.Generator().manual_seed(h.seed)
    order = []
    for step in range(1, steps + 1):
        if len(order) < h.batchSize:
            order += torch.randperm(len(examples), generator=generator).tolist()
        batch, order = [examples[i] for i in order[:h.batchSize]], order[h.batchSize:]
        net.eval()
        groups = [[rollout(net, processor, torch, ex, spec) for _ in range(h.groupSize)] for ex in batch]
        judged = [[(t, rollouts.correctness(t.response_text(), ex.answers)) for t in g] for ex, g in zip(batch, groups)]
        scored = scorer.score_batch([[reward.Rollout(c, t.calls, ex.video, t.ended_after_failure) for t, c in g]
                                     for ex, g in zip(batch, judged)])
        records = _records(step, batch, judged, scored)
        path = os.path.join(spec.output, "rollouts", "step-%d.rollouts.jsonl" % step)
        rollouts.write_rollouts(path, records)
        events.rollouts(step, path, len(records))
        net.train()
        kept = reward.kept_groups(spec.reward, scored)
        loss_value = 0.0
        for g in kept:
            for (trajectory, _), breakdown in zip(judged[g], scored[g].breakdowns):
                loss = _log_prob_loss(net, processor, torch, trajectory, breakdown.advantage, markers)
                (loss / (len(kept) * h.groupSize)).backward()
                loss_value += loss.item() / (len(kept) * h.groupSize)
        if kept:
            optimizer.step()
            optimizer.zero_grad()
        events.metrics(step, _metrics(scored, judged, kept, loss_value, h.learningRate))
        if step % max(1, steps // max(1, h.epochs)) == 0 or step == steps:
            folder = os.path.join(spec.output, "checkpoints", "step-%d" % step)
            models.save(net, processor, folder)
            events.checkpoint(step, folder)


def _records(step, batch, judged, scored):
    out = []
    for example, group, score in zip(batch, judged, scored):
        for sample, ((trajectory, correct), b) in enumerate(zip(group, score.breakdowns)):
            out.append(rollouts.record(example.qid, step, sample, example.question(), example.video, example.answers,
                                       trajectory.response_text(), correct, trajectory.calls, trajectory.failures,
                                       b.total, {"curiosity": b.curiosity, "penalty": b.penalty,
                                                 "advantage": b.advantage,
                                                 reward.ENDED_AFTER_FAILED_CALL: 1.0 if trajectory.ended_after_failure
                                                 else 0.0}))
    return out


def _metrics(scored, judged, kept, loss_value, lr):
    breakdowns = [b for g in scored for b in g.breakdowns]
    n = float(len(breakdowns))
    return {"loss": loss_value, "lr": lr,
            "reward/correctness": sum(b.correctness for b in breakdowns) / n,
            "reward/curiosity": sum(b.curiosity for b in breakdowns) / n,
            "reward/penalty": sum(b.penalty for b in breakdowns) / n,
            "reward/total": sum(b.total for b in breakdowns) / n,
            "rapr": sum(g.rapr for g in scored) / len(scored),
            "accuracy": sum(1 for g in judged for _, c in g if c > 0.5) / n,
            "operations": sum(t.calls for g in judged for t, _ in g) / n,
            "groups_kept": float(len(kept))}
