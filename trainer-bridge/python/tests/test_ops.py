import json
import unittest

from pixelstudio_runner import ops
from pixelstudio_runner.ops import SizedImage, VisualState


def call(name, **arguments):
    return "Let me look.\n<tool_call>\n" + json.dumps({"name": name, "arguments": arguments}) + "\n</tool_call>"


def image_state(*sizes):
    return VisualState(False, [], [SizedImage(w, h) for w, h in sizes])


class SmartResizeTest(unittest.TestCase):

    def test_rounds_each_side_half_to_even_to_multiples_of_28(self):
        self.assertEqual(ops.smart_resize(70, 98, ops.TRAINING_CROP), (56, 112))  # 2.5 → 2, 3.5 → 4

    def test_scales_down_above_max_and_up_below_min(self):
        self.assertEqual(ops.smart_resize(2000, 3000, ops.TRAINING_CROP), (700, 1064))  # beta 2.766: floor(722.9/28), floor(1084.4/28)
        self.assertEqual(ops.smart_resize(40, 40, ops.EVAL_CROP), (448, 448))

    def test_refuses_extreme_aspect_ratios_with_pythons_message(self):
        with self.assertRaisesRegex(ValueError, "absolute aspect ratio must be smaller than 200, got 201.0"):
            ops.smart_resize(10, 2010, ops.TRAINING_CROP)


class ToolCallTest(unittest.TestCase):

    def test_only_a_turn_ending_in_the_closing_tag_executes(self):
        self.assertTrue(ops.triggers_execution("a <tool_call>{}</tool_call><|im_end|>"))
        self.assertFalse(ops.triggers_execution("a <tool_call>{}</tool_call>\n"))

    def test_the_last_call_is_parsed(self):
        text = "<tool_call>{\"name\": 1}</tool_call> then <tool_call>{\"name\": 2}</tool_call>"
        self.assertEqual(ops.parse_last_tool(text), {"name": 2})


class CropTest(unittest.TestCase):

    def test_normalized_box_is_padded_clamped_and_resized(self):
        observation = ops.execute(image_state((1000, 800)), call("crop_image_normalized", bbox_2d=[0.05, 0.2, 0.5, 0.6],
                                                                 target_image=1))
        self.assertFalse(observation.failed)
        self.assertEqual(ops.cut_box([0.05, 0.2, 0.5, 0.6], 1000, 800), (0.0, 80.0, 600.0, 560.0))
        self.assertEqual(observation.images[0].size, (588, 476))
        self.assertEqual(observation.text, "\nHere is the cropped image (Image Size: 588x476):")

    def test_a_box_with_any_value_of_one_or_more_is_read_as_pixels(self):
        self.assertEqual(ops.cut_box([0, 0, 1, 1], 500, 400), (0, 0, (1 / 500 + 0.1) * 500, (1 / 400 + 0.1) * 400))

    def test_a_tiny_crop_fails_with_its_size(self):
        observation = ops.execute(image_state((100, 100)), call("crop_image_normalized", bbox_2d=[0.5, 0.5, 0.5, 0.5],
                                                                target_image=1))
        self.assertEqual(observation.text, "\nExecution error:\nCropped image is too small: 20x20\n")

    def test_a_reversed_box_fails_as_pillow_does(self):
        observation = ops.execute(image_state((500, 500)), call("crop_image_normalized", bbox_2d=[0.9, 0.1, 0.2, 0.5],
                                                                target_image=1))
        self.assertEqual(observation.error, "Coordinate 'right' is less than 'left'")

    def test_target_image_is_one_based_wraps_negatives_and_reports_out_of_range(self):
        state = image_state((400, 400), (800, 600))
        ok = ops.execute(state, call("crop_image_normalized", bbox_2d=[0.1, 0.1, 0.9, 0.9], target_image=0))
        self.assertEqual(ok.images[0].size, (812, 588))  # index -1: the last image, 800x600 cut whole
        bad = ops.execute(state, call("crop_image_normalized", bbox_2d=[0.1, 0.1, 0.9, 0.9], target_image=3))
        self.assertEqual(bad.error, "Execution Error: Incorrect `target_image` argument in `crop_image_normalized`"
                                    " operation. You can only pick an image within [1,2]")

    def test_missing_arguments_and_unknown_tools_show_pythons_key_error(self):
        state = image_state((400, 400))
        self.assertEqual(ops.execute(state, call("crop_image_normalized", bbox_2d=[0, 0, 0.5, 0.5])).error,
                         "'target_image'")
        self.assertEqual(ops.execute(state, call("zoom_in", bbox_2d=[0, 0, 0.5, 0.5])).error, "'zoom_in'")
        self.assertEqual(ops.execute(state, "<tool_call>{\"name\": [1], \"arguments\": {}}</tool_call>").error,
                         "unhashable type: 'list'")

    def test_on_a_video_with_results_the_first_crop_target_is_two(self):
        state = VisualState(True, [SizedImage(300, 300)] * 4, [SizedImage(600, 600)])
        bad = ops.execute(state, call("crop_image_normalized", bbox_2d=[0.1, 0.1, 0.9, 0.9], target_image=1))
        self.assertIn("You can only pick an image within range [2,2]", bad.error)
        ok = ops.execute(state, call("crop_image_normalized", bbox_2d=[0.1, 0.1, 0.9, 0.9], target_image=2))
        self.assertEqual(ok.images[0].size, (588, 588))  # 600 px → round(21.4) · 28


class SelectFramesTest(unittest.TestCase):

    def video(self, n=16):
        return VisualState(True, [SizedImage(448 + i, 252) for i in range(n)], [])

    def test_frames_are_picked_in_order_and_numbered_from_the_visual_count(self):
        observation = ops.execute(self.video(), call("select_frames", target_frames=[3, 1, 3]), ops.EVALUATION)
        self.assertEqual([f.size[0] for f in observation.images], [450, 448, 450])
        self.assertEqual(observation.text, "\nHere are the selected frames (Frame Size: 450x252, Numbered 1 to 3):")

    def test_zero_and_negative_indices_wrap_like_python(self):
        observation = ops.execute(self.video(), call("select_frames", target_frames=[0, -1]), ops.EVALUATION)
        self.assertEqual([f.size[0] for f in observation.images], [463, 462])

    def test_the_reference_errors(self):
        self.assertIn("You have selected 9 frames", ops.execute(self.video(), call("select_frames",
                                                                                   target_frames=list(range(1, 10)))).error)
        self.assertEqual(ops.execute(self.video(), call("select_frames", target_frames=[2, 17])).error,
                         "Execution Error: There are 16 frames numbered in range [1,16]. Your selection"
                         " `target_frames=[2, 17]` is out of range.")
        self.assertEqual(ops.execute(self.video(), call("select_frames", target_frames=[])).error,
                         "max() arg is an empty sequence")
        self.assertIn("from **image** not **video**", ops.execute(image_state((9, 9)), call("select_frames",
                                                                                           target_frames=[1])).error)

    def test_training_resizes_frames_within_the_frame_bounds(self):
        observation = ops.execute(self.video(), call("select_frames", target_frames=[1]), ops.TRAINING)
        self.assertEqual(observation.images[0].size, (448, 252))


if __name__ == "__main__":
    unittest.main()
