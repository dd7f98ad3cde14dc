"""Loads a Qwen2.5-VL-style model and processor from a local folder, offline; guarded imports.

Imports of torch/transformers/peft happen here only, and a missing package or model folder becomes
a RunnerError with an install hint, so the studio shows a clear ``error`` event.
UNTESTED without a GPU machine: written against transformers ≥ 4.49 (``Qwen2_5_VLForConditionalGeneration``,
``AutoProcessor``) and peft ≥ 0.14 (``LoraConfig``, ``get_peft_model``).
"""
import os

from .events import RunnerError

INSTALL_HINT = ("install on the GPU machine: pip install 'torch>=2.4' 'transformers>=4.49,<5' 'peft>=0.14' "
                "'accelerate>=1.0' pillow (see docs/python-runner.md)")


def require_model_folder(path):
    if not path or not os.path.isdir(path):
        raise RunnerError("model folder not found: %r (the runner never downloads; give a local Hugging Face "
                          "folder with config.json)" % path)
    if not os.path.isfile(os.path.join(path, "config.json")):
        raise RunnerError("not a Hugging Face model folder (no config.json): %s" % path)


def import_stack():
    """(torch, transformers) or a RunnerError naming what is missing."""
    try:
        import torch
        import transformers
    except ImportError as e:
        raise RunnerError("the model steps need PyTorch and transformers, which this Python lacks (%s); %s"
                          % (e, INSTALL_HINT))
    return torch, transformers


def device_of(spec, torch):
    """The first visible GPU (the studio sets CUDA_VISIBLE_DEVICES from the spec's devices), or the CPU."""
    if spec.devices and spec.devices[0] == "cpu":
        return torch.device("cpu")
    if not torch.cuda.is_available():
        raise RunnerError("the spec asks for %s but PyTorch sees no CUDA device" % (spec.devices or ["cuda"]))
    return torch.device("cuda:0")


def load(spec, trainable):
    """(model, processor, torch) for the spec's base model (or its resumeFrom checkpoint)."""
    folder = spec.resolve(spec.resume_from) if spec.resume_from else spec.base_model
    require_model_folder(folder)
    torch, transformers = import_stack()
    torch.manual_seed(spec.hyper.seed)
    processor = transformers.AutoProcessor.from_pretrained(folder, local_files_only=True)
    model_class = getattr(transformers, "Qwen2_5_VLForConditionalGeneration", None)
    if model_class is None:
        raise RunnerError("transformers %s has no Qwen2_5_VLForConditionalGeneration; %s"
                          % (transformers.__version__, INSTALL_HINT))
    dtype = torch.bfloat16 if torch.cuda.is_available() else torch.float32
    model = model_class.from_pretrained(folder, torch_dtype=dtype, local_files_only=True)
    model.to(device_of(spec, torch))
    if trainable and spec.hyper.finetuning == "lora" and not os.path.isfile(os.path.join(folder, "adapter_config.json")):
        try:
            import peft
        except ImportError as e:
            raise RunnerError("LoRA needs peft (%s); %s" % (e, INSTALL_HINT))
        config = peft.LoraConfig(r=spec.hyper.loraRank, lora_alpha=spec.hyper.loraAlpha, lora_dropout=0.05,
                                 target_modules=["q_proj", "k_proj", "v_proj", "o_proj"], task_type="CAUSAL_LM")
        model = peft.get_peft_model(model, config)
    if trainable:
        model.gradient_checkpointing_enable() if hasattr(model, "gradient_checkpointing_enable") else None
        model.train()
    else:
        model.eval()
    return model, processor, torch


def load_visuals(example_media, bounds):
    """PIL images (RGB, smart-resized within ``bounds``) and videos (frame lists) of a prompt."""
    from PIL import Image
    from . import ops
    images, videos = [], []
    for item in example_media:
        if item["type"] == "image":
            images.append(ops.resize_within(Image.open(item["image"]), bounds))
        else:
            frames = [ops.resize_within(Image.open(p), ops.VIDEO_FRAME_INPUT) for p in item["video"]]
            if len(frames) % 2:
                frames.append(frames[-1])
            videos.append(frames)
    return images, videos


def processor_inputs(processor, text, images, videos, device):
    """Tokenized model inputs for rendered ``text`` with its images and videos, on ``device``."""
    inputs = processor(text=[text], images=images or None, videos=videos or None, return_tensors="pt")
    return inputs.to(device)


def save(model, processor, folder):
    os.makedirs(folder, exist_ok=True)
    model.save_pretrained(folder)
    processor.save_pretrained(folder)
