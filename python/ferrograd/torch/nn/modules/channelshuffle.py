# ChannelShuffle.
__all__ = ["ChannelShuffle"]
from .module import Module


def channel_shuffle(input, groups):
    N, C = input.shape[0], input.shape[1]
    if C % groups != 0:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {C} channels and {groups} groups.")
    rest = tuple(input.shape[2:])
    return input.reshape(N, groups, C // groups, *rest).transpose(1, 2).reshape(N, C, *rest)


native_channel_shuffle = channel_shuffle


class ChannelShuffle(Module):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def forward(self, input):
        return channel_shuffle(input, self.groups)

    def extra_repr(self):
        return f"groups={self.groups}"
