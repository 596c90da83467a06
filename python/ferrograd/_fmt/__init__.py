# Pure-Python printing formatters (torch / mindspore / tensorflow dialects).
#
# Each submodule turns a numpy array plus a few flags into the exact text the
# real framework prints. Nothing here imports ``ferrograd._core``.
