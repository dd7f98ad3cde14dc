"""The visual operations between turns, executed as the reference environment executes them.

Mirrors trace-model's ``ToolCallParser``, ``CropExecutor``, ``SelectFramesExecutor``,
``SmartResize`` and ``ResultTurnTexts`` (docs/operations.md). Python raises the very exceptions the
reference raised, so error texts shown to the model are ``str(e)`` as in the reference: a missing key
gives ``'target_image'``, a bad JSON gives the decoder's own message.

Pixels need Pillow; without it, :class:`SizedImage` runs the same code path on sizes alone, which is
what the geometry and text cross-checks use on machines without Pillow.
"""
import json
import math
from dataclasses import dataclass, field

START_TAG = "<tool_call>"
END_TAG = "</tool_call>"
FACTOR = 28
MAX_RATIO = 200
PADDING = 0.1
MAX_FRAMES = 8
MAX_EXECUTED_CALLS = 4
MAX_IMAGES = 16


def tokens(min_tokens, max_tokens):
    return (min_tokens * FACTOR * FACTOR, max_tokens * FACTOR * FACTOR)


# (min_pixels, max_pixels), the PixelBounds constants.
EVAL_INPUT = tokens(256, 8000)
TRAINING_INPUT = tokens(4, 2000)
EVAL_CROP = tokens(256, 5120)
TRAINING_CROP = tokens(4, 1000)
TRAINING_FRAMES = tokens(4, 400)
VIDEO_FRAME_INPUT = tokens(4, 512)
SFT = (3136, 12845056)


def triggers_execution(assistant_text):
    """The reference executes a turn only when it ends with ``</tool_call>`` (``<|im_end|>`` removed)."""
    return assistant_text.replace("<|im_end|>", "").endswith(END_TAG)


def parse_last_tool(assistant_text):
    """The JSON between the last ``<tool_call>`` and the next ``</tool_call>`` (raises as json.loads)."""
    return json.loads(assistant_text.split(START_TAG)[-1].split(END_TAG)[0])


def crop_text(width, height):
    return "\nHere is the cropped image (Image Size: %dx%d):" % (width, height)


def frames_text(width, height, first, last):
    return "\nHere are the selected frames (Frame Size: %dx%d, Numbered %d to %d):" % (width, height, first, last)


def error_text(message):
    return "\nExecution error:\n%s\n" % message


def smart_resize(height, width, bounds, factor=FACTOR):
    """qwen-vl-utils' smart_resize: (height, width), multiples of 28 within ``bounds``."""
    min_pixels, max_pixels = bounds
    if max(height, width) / min(height, width) > MAX_RATIO:
        raise ValueError("absolute aspect ratio must be smaller than %d, got %r"
                         % (MAX_RATIO, max(height, width) / min(height, width)))
    h_bar = max(factor, round(height / factor) * factor)
    w_bar = max(factor, round(width / factor) * factor)
    if h_bar * w_bar > max_pixels:
        beta = math.sqrt((height * width) / max_pixels)
        h_bar = max(factor, math.floor(height / beta / factor) * factor)
        w_bar = max(factor, math.floor(width / beta / factor) * factor)
    elif h_bar * w_bar < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h_bar = math.ceil(height * beta / factor) * factor
        w_bar = math.ceil(width * beta / factor) * factor
    return h_bar, w_bar


class SizedImage:
    """An image known by its size only: Pillow's crop checks and rounding, no pixels."""

    def __init__(self, width, height):
        self.size = (width, height)

    def crop(self, box):
        if box[2] < box[0]:
            raise ValueError("Coordinate 'right' is less than 'left'")
        if box[3] < box[1]:
            raise ValueError("Coordinate 'lower' is less than 'upper'")
        x0, y0, x1, y1 = (int(round(v)) for v in box)
        return SizedImage(x1 - x0, y1 - y0)

    def resize(self, size, resample=None):
        return SizedImage(size[0], size[1])

    @property
    def mode(self):
        return "RGB"


def cut_box(bbox_2d, width, height):
    """The padded, clamped box in pixels (floats) that is cut, reading ``bbox_2d`` as the reference does."""
    if bbox_2d[0] < 1 and bbox_2d[1] < 1 and bbox_2d[2] < 1 and bbox_2d[3] < 1:
        box = (float(bbox_2d[0]) - PADDING, float(bbox_2d[1]) - PADDING,
               float(bbox_2d[2]) + PADDING, float(bbox_2d[3]) + PADDING)
    else:
        box = (float(bbox_2d[0]) / width - PADDING, float(bbox_2d[1]) / height - PADDING,
               float(bbox_2d[2]) / width + PADDING, float(bbox_2d[3]) / height + PADDING)
    x1, y1, x2, y2 = (min(max(0, v), 1) for v in box)
    return (x1 * width, y1 * height, x2 * width, y2 * height)


def crop_image_normalized(image, bbox_2d):
    """The cut (not yet resized); raises with the reference's texts."""
    width, height = image.size
    cropped = image.crop(cut_box(bbox_2d, width, height))
    w, h = cropped.size
    if not (w > FACTOR and h > FACTOR):
        raise AssertionError("Cropped image is too small: %dx%d" % (w, h))
    return cropped


def to_rgb(image):
    """RGB as the reference's ``to_rgb``: RGBA composited over white, other modes converted."""
    if isinstance(image, SizedImage) or image.mode == "RGB":
        return image
    from PIL import Image
    if image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.split()[3])
        return background
    return image.convert("RGB")


def resize_within(image, bounds):
    """``resize_cropped``: RGB, smart_resize within ``bounds``, Pillow's bicubic resize."""
    image = to_rgb(image)
    width, height = image.size
    new_h, new_w = smart_resize(height, width, bounds)
    if isinstance(image, SizedImage):
        return image.resize((new_w, new_h))
    from PIL import Image
    return image.resize((new_w, new_h), Image.BICUBIC)


@dataclass
class VisualState:
    """Images a call can target: image question → inputs then returned images; video → frames first."""
    video: bool
    frames: list = field(default_factory=list)
    images: list = field(default_factory=list)

    def reference_length(self):
        return (1 if self.video else 0) + len(self.images)

    def plus(self, added):
        return VisualState(self.video, list(self.frames), list(self.images) + list(added))


def pick_target(state, tgt):
    index = tgt - 1
    if not state.video:
        if not index < len(state.images):
            raise AssertionError("Execution Error: Incorrect `target_image` argument in `crop_image_normalized`"
                                 " operation. You can only pick an image within [1,%d]" % len(state.images))
        return state.images[index]
    if not state.images:
        if not index < len(state.frames):
            raise AssertionError("Execution Error: Incorrect `target_image` argument in `crop_image_normalized`"
                                 " operation. You can only pick an image **from** the video within [1,%d], but the"
                                 " current argument `target_image=%s`." % (len(state.frames), tgt))
        return state.frames[index]
    if not index >= 1:
        raise AssertionError("Execution Error: Incorrect `target_image` argument in `crop_image_normalized`"
                             " operation. You can only pick an image within range [2,%d], but the current"
                             " argument `target_image=%s`." % (state.reference_length(), tgt))
    return ([None] + state.images)[index]


def select_frames(state, tgt):
    if not state.video:
        raise AssertionError("Execution Error: You attempted to `select_frames` from **image** not **video**. You"
                             " should use `crop_image_normalized` instead for inspecting **image**.")
    if len(tgt) > MAX_FRAMES:
        raise AssertionError("Execution Error: You have selected %d frames in total. Think again which frames you"
                             " need to check in details (no more than 8 frames)" % len(tgt))
    if max(tgt) > len(state.frames):
        raise AssertionError("Execution Error: There are %d frames numbered in range [1,%d]. Your selection"
                             " `target_frames=%s` is out of range." % (len(state.frames), len(state.frames), tgt))
    return [state.frames[x - 1] for x in tgt]


@dataclass
class Observation:
    """What the model is shown after a call: the user turn's text and its images."""
    text: str
    images: list
    failed: bool
    error: str = ""


@dataclass
class Settings:
    """Resize bounds of one setting: training resizes frames, evaluation returns them as they are."""
    crop_bounds: tuple = TRAINING_CROP
    frame_bounds: tuple = TRAINING_FRAMES


TRAINING = Settings(TRAINING_CROP, TRAINING_FRAMES)
EVALUATION = Settings(EVAL_CROP, None)


_TOOLS = {"crop_image_normalized": crop_image_normalized, "select_frames": select_frames}


def execute(state, assistant_text, settings=TRAINING):
    """Runs the call at the end of ``assistant_text`` against ``state``; never raises."""
    try:
        call = parse_last_tool(assistant_text)
        name = call["name"]
        arguments = call["arguments"]
        _TOOLS[name]  # the reference looks the tool up first: KeyError or "unhashable type"
        if name == "select_frames":
            picked = select_frames(state, arguments["target_frames"])
            added = picked if settings.frame_bounds is None else [resize_within(f, settings.frame_bounds)
                                                                   for f in picked]
            first = state.reference_length()
            head = added[0].size
            return Observation(frames_text(head[0], head[1], first, first + len(added) - 1), added, False)
        target = pick_target(state, arguments["target_image"])
        result = resize_within(crop_image_normalized(target, arguments["bbox_2d"]), settings.crop_bounds)
        return Observation(crop_text(result.size[0], result.size[1]), [result], False)
    except Exception as e:  # the reference shows the model str(e) of whatever was raised
        return Observation(error_text(str(e)), [], True, str(e))
