# torch.nn.utils.memory_format (a no-op: ferrograd has one memory format).


def convert_conv2d_weight_memory_format(module, memory_format):
    return module


def convert_conv3d_weight_memory_format(module, memory_format):
    return module
