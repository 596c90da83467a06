# ferrograd: one reverse-mode autodiff engine in Rust, speaking PyTorch, MindSpore and TensorFlow.
#
# Use a dialect directly (`import ferrograd.torch as torch`) or run an unchanged script with
# `python -m ferrograd run script.py`, which resolves `import torch|mindspore|tensorflow` to them.
from . import _core  # noqa: F401

__version__ = "0.1.0"
