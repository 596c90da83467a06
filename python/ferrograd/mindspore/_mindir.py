# mindspore.export / mindspore.load (MindIR) for the Save-and-Load tutorial. ferrograd has no graph
# format: export writes a small MINDIR marker file and keeps a frozen copy of the network (weights as
# at export time) for this process; load returns it as a graph for nn.GraphCell.
import copy as _copy
import os as _os

_GRAPHS = {}
_EXT = {"MINDIR": ".mindir", "ONNX": ".onnx", "AIR": ".air"}


class _FuncGraph:
    def __init__(self, net, path):
        self._net = net
        self._path = path

    def __call__(self, *args):
        return self._net(*args)


def export(net, *inputs, file_name, file_format="MINDIR", **kwargs):
    if file_format not in _EXT:
        raise ValueError(f"For 'export', 'file_format' must be one of ['AIR', 'ONNX', 'MINDIR'], but got "
                         f"{file_format}.")
    path = file_name if file_name.endswith(_EXT[file_format]) else file_name + _EXT[file_format]
    frozen = _copy.deepcopy(net)
    if hasattr(frozen, "set_train"):
        frozen.set_train(False)
    with open(path, "wb") as f:
        f.write(b"ferrograd-mindir\n")
    _GRAPHS[_os.path.abspath(path)] = frozen


def load(file_name, **kwargs):
    if not isinstance(file_name, str):
        raise ValueError(f"For 'load', the argument 'file_name' must be string, but got {type(file_name)}.")
    if not file_name.endswith(".mindir"):
        raise ValueError("For 'load', the argument 'file_name'(MindIR file) should end with '.mindir', "
                         f"please input the correct 'file_name'.")
    if not _os.path.exists(file_name):
        raise ValueError(f"For 'load', the argument 'file_name'(MindIR file) does not exist, "
                         f"please check whether the 'file_name' is correct.")
    key = _os.path.abspath(file_name)
    if key not in _GRAPHS:
        raise RuntimeError(f"ferrograd: the MindIR file {file_name} was not exported by this process "
                           f"(ferrograd keeps exported graphs in memory only).")
    return _FuncGraph(_GRAPHS[key], key)
