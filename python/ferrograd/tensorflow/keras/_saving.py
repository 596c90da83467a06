# Keras 2 serialization: Layer.get_config / from_config (tf-keras auto-config from constructor
# arguments), Sequential get_config / from_config / to_json, models.clone_model, Model.save / models.load_model
# and save_weights / load_weights.
#
# The saved file is ferrograd's own format (a pickle of the model with its variables' names, values and the
# optimizer state); it is read back by ferrograd only, as the tutorials do (save, then load_model in the same
# program). The TF SavedModel / .keras / HDF5 formats are not produced.
import functools as _functools
import inspect as _inspect
import pickle as _pickle

from .layers import InputLayer, Layer


_SKIP = frozenset(("self", "kwargs", "args"))


def _record_init(cls):
    # Wrap cls.__init__ so the outermost call records its bound arguments (tf-keras _auto_config).
    init = cls.__dict__.get("__init__")
    if init is None or getattr(init, "_s4_wrapped", False):
        return

    @_functools.wraps(init)
    def __init__(self, *args, **kwargs):
        if "_init_args" not in self.__dict__:
            object.__setattr__(self, "_init_args", (type(self), args, dict(kwargs)))
        init(self, *args, **kwargs)

    __init__._s4_wrapped = True
    cls.__init__ = __init__


def _all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s)
        out.extend(_all_subclasses(s))
    return out


def _serialize(v):
    from . import activations, initializers

    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return type(v)(_serialize(x) for x in v)
    if isinstance(v, dict):
        return {k: _serialize(x) for k, x in v.items()}
    if isinstance(v, initializers.Initializer) if hasattr(initializers, "Initializer") else False:
        return {"module": "keras.initializers", "class_name": type(v).__name__, "config": v.get_config(),
                "registered_name": None}
    if hasattr(v, "get_config") and not isinstance(v, Layer):
        mod = type(v).__module__
        kind = "initializers" if "initializers" in mod else "regularizers" if "regularizers" in mod else \
            "constraints" if "constraints" in mod else mod
        return {"module": "keras." + kind if "." not in kind else kind, "class_name": type(v).__name__,
                "config": v.get_config(), "registered_name": None}
    if callable(v) and getattr(v, "__module__", "").endswith("activations"):
        return v.__name__
    if callable(v) and hasattr(activations, getattr(v, "__name__", "")):
        return v.__name__
    return v


def _deserialize(v):
    if isinstance(v, dict) and "class_name" in v and "config" in v:
        from . import initializers, regularizers

        for mod in (initializers, regularizers):
            cls = getattr(mod, v["class_name"], None)
            if cls is not None:
                return cls.from_config(v["config"]) if hasattr(cls, "from_config") else cls(**v["config"])
    return v


def layer_get_config(self):
    """tf-keras Layer.get_config: name / trainable / dtype (+ batch_input_shape); a subclass that does not
    override it gets its constructor arguments (current attribute values when the layer keeps them)."""
    config = {"name": self.name, "trainable": self.trainable, "dtype": self.dtype}
    if getattr(self, "_batch_input_shape", None) is not None:
        config["batch_input_shape"] = tuple(self._batch_input_shape)
    if type(self).get_config is not layer_get_config:
        return config
    rec = self.__dict__.get("_init_args")
    cls = rec[0] if rec else type(self)
    try:
        sig = _inspect.signature(cls.__init__)
    except (TypeError, ValueError):
        return config
    params = [p for n, p in sig.parameters.items() if n not in _SKIP and p.kind not in (p.VAR_POSITIONAL,
                                                                                          p.VAR_KEYWORD)]
    base = ("name", "trainable", "dtype", "dynamic")
    if not cls.__module__.startswith("ferrograd."):
        # tf-keras auto-config of a user layer: the keyword arguments given, then the positional ones
        args, kwargs = (rec[1], rec[2]) if rec else ((), {})
        for k, v in kwargs.items():
            if k not in base:
                config[k] = _serialize(v)
            elif k == "name":
                config["name"] = v
        for p, v in zip(params, args):
            config[p.name] = _serialize(v)
        return config
    for p in params:
        if p.name in base:
            continue
        val = p.default if p.default is not p.empty else None
        if rec is not None:
            try:
                b = sig.bind(self, *rec[1], **rec[2])
                val = b.arguments.get(p.name, val)
            except TypeError:
                pass
        cur = self.__dict__.get(p.name, val)
        val = cur if not isinstance(cur, Layer) else val
        if p.name == "data_format" and val is None:
            val = "channels_last"
        if p.name == "activation" and val is None:
            val = "linear"
        config[p.name] = _serialize(val)
    return config


@classmethod
def layer_from_config(cls, config):
    config = {k: _deserialize(v) for k, v in dict(config).items()}
    return cls(**config)


def _layer_class(name, custom_objects=None):
    from . import layers

    if custom_objects and name in custom_objects:
        return custom_objects[name]
    cls = getattr(layers, name, None)
    if isinstance(cls, type):
        return cls
    for c in _all_subclasses(Layer):
        if c.__name__ == name:
            return c
    raise ValueError(f"Unknown layer: '{name}'. Please ensure you are using a `keras.utils.custom_object_scope` and "
                     f"that this object is included in the scope. See https://www.tensorflow.org/guide/keras/"
                     f"save_and_serialize#registering_the_custom_object for details.")


def _layer_entry(layer):
    return {"module": "keras.layers", "class_name": type(layer).__name__, "config": layer.get_config(),
            "registered_name": None}


def sequential_get_config(self):
    layers = []
    kt = getattr(self, "_input_kt", None)
    if kt is not None:
        layers.append({"module": "keras.layers", "class_name": "InputLayer",
                       "config": {"batch_input_shape": tuple(kt.shape_tuple), "dtype": kt.dtype.name,
                                  "sparse": False, "ragged": False,
                                  "name": kt.layer.name if kt.layer is not None else "input_1", "optional": False},
                       "registered_name": None})
    for l in self._seq:
        e = _layer_entry(l)
        shape = getattr(l, "_build_input_shape", None)
        if shape is None and getattr(l, "_kt_output", None) is not None and l._kt_output.inputs is not None:
            ins = l._kt_output.inputs
            shape = tuple(ins.shape_tuple) if hasattr(ins, "shape_tuple") else None
        if shape is not None and l.built:
            e["build_config"] = {"input_shape": shape}
        layers.append(e)
    return {"name": self.name, "layers": layers}


@classmethod
def sequential_from_config(cls, config, custom_objects=None):
    from . import layers as L
    from .models import Sequential

    model = cls(name=config.get("name")) if cls is not Sequential else Sequential(name=config.get("name"))
    for e in config["layers"]:
        if e["class_name"] == "InputLayer":
            c = e["config"]
            model.add(L.Input(batch_shape=c["batch_input_shape"], dtype=c.get("dtype"), name=c.get("name")))
            continue
        lcls = _layer_class(e["class_name"], custom_objects)
        model.add(lcls.from_config(e["config"]))
    return model


def to_json(self, **kwargs):
    import json

    def fix(v):
        if isinstance(v, tuple):
            return [fix(x) for x in v]
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v

    return json.dumps({"class_name": type(self).__name__, "config": fix(self.get_config()),
                       "keras_version": "2.21.0", "backend": "tensorflow"}, **kwargs)


def model_from_json(json_string, custom_objects=None):
    import json

    from .models import Sequential

    d = json.loads(json_string)
    if d["class_name"] == "Sequential":
        def fix(v):
            if isinstance(v, dict):
                return {k: (tuple(x) if k in ("batch_input_shape", "input_shape", "kernel_size", "strides",
                                               "pool_size", "dilation_rate") and isinstance(x, list) else fix(x))
                        for k, x in v.items()}
            if isinstance(v, list):
                return [fix(x) for x in v]
            return v

        return Sequential.from_config(fix(d["config"]), custom_objects=custom_objects)
    from .models import Model

    return Model.from_config(d["config"], custom_objects=custom_objects)


def models_model_from_config(config, custom_objects=None):
    from .models import Model, Sequential

    if config.get("class_name") == "Sequential":
        return Sequential.from_config(config["config"], custom_objects=custom_objects)
    return Model.from_config(config["config"], custom_objects=custom_objects)


def clone_model(model, input_tensors=None, clone_function=None):
    """tf-keras clone_model of a Sequential: new layers from each layer's config (same names, new
    weights); other models are rebuilt with new weights through a copy of their structure."""
    from .models import Sequential

    if isinstance(model, Sequential):
        fn = clone_function or (lambda l: type(l).from_config(l.get_config()))
        new = Sequential(name=model.name)
        kt = getattr(model, "_input_kt", None)
        if kt is not None:
            from . import layers as L

            new.add(L.Input(batch_shape=kt.shape_tuple, dtype=kt.dtype))
        for l in model.layers:
            new.add(fn(l))
        return new
    from .models import Model

    if clone_function is not None or input_tensors is not None:
        raise NotImplementedError("ferrograd: clone_model of a functional model supports no clone_function "
                                  "or input_tensors")
    return Model.from_config(model.get_config())


# ---------------------------------------------------------------- save / load


_SAVED = {}


class _Pickler(_pickle.Pickler):
    def reducer_override(self, obj):
        from .._tensor import Variable

        if isinstance(obj, Variable):
            return _rebuild_var, (obj.numpy(), obj.name, obj.trainable, id(obj))
        return NotImplemented


_REMAP = {}


def _rebuild_var(arr, name, trainable, old_id):
    from .._tensor import Variable

    v = Variable(arr, name=name.split(":")[0], trainable=trainable)
    _REMAP[old_id] = v
    return v


def _remap_ids(obj, seen=None):
    # After unpickling: dicts / sets keyed by a variable's old id() get the new variable's id.
    seen = set() if seen is None else seen
    if id(obj) in seen or not hasattr(obj, "__dict__"):
        return
    seen.add(id(obj))
    for k, v in list(vars(obj).items()):
        if isinstance(v, dict) and v and all(isinstance(x, int) for x in v):
            if any(x in _REMAP for x in v):
                object.__setattr__(obj, k, {(id(_REMAP[x]) if x in _REMAP else x): y for x, y in v.items()})
        elif isinstance(v, set) and v and all(isinstance(x, int) for x in v):
            if any(x in _REMAP for x in v):
                object.__setattr__(obj, k, {id(_REMAP[x]) if x in _REMAP else x for x in v})
        elif k in ("optimizer", "_optimizer") and v is not None:
            _remap_ids(v, seen)


def _dump(model):
    import io

    b = io.BytesIO()
    _Pickler(b).dump(model)
    return b.getvalue()


def model_save(self, filepath, overwrite=True, save_format=None, **kwargs):
    import os

    path = os.fspath(filepath)
    try:
        data = _dump(self)
    except Exception:  # e.g. a Lambda layer holding a lambda: kept for this process only
        data = None
    _SAVED[os.path.abspath(path)] = data if data is not None else self
    if data is not None:
        if path.endswith((".keras", ".h5", ".hdf5")) or save_format == "h5":
            with open(path, "wb") as f:
                f.write(b"FERROGRAD-KERAS\n" + data)
        else:  # a SavedModel directory
            os.makedirs(path, exist_ok=True)
            with open(os.path.join(path, "ferrograd_model.pkl"), "wb") as f:
                f.write(b"FERROGRAD-KERAS\n" + data)
            import logging

            logging.getLogger("tensorflow").info("Assets written to: %s/assets", path)


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True, **kwargs):
    import os

    path = os.fspath(filepath)
    data = _SAVED.get(os.path.abspath(path))
    if data is not None and not isinstance(data, bytes):
        data = _dump_or_copy(data)
        if not isinstance(data, bytes):
            return data
    if data is None:
        f = os.path.join(path, "ferrograd_model.pkl") if os.path.isdir(path) else path
        if not os.path.exists(f):
            raise OSError(f"No file or directory found at {path}")
        with open(f, "rb") as fh:
            raw = fh.read()
        if not raw.startswith(b"FERROGRAD-KERAS\n"):
            raise ValueError(f"ferrograd: {path} was not written by ferrograd's Model.save")
        data = raw[len(b"FERROGRAD-KERAS\n"):]
    _REMAP.clear()
    model = _pickle.loads(data)
    _remap_ids(model)
    opt = getattr(model, "optimizer", None)
    if opt is not None and getattr(opt, "_index_vars", None) is not None:
        opt._index_ids = {id(v) for v in opt._index_vars}
    if not compile and hasattr(model, "optimizer"):
        model.optimizer = None
    return model


def _dump_or_copy(model):
    import copy

    try:
        return copy.deepcopy(model)
    except Exception:
        return model


def save_weights(self, filepath, overwrite=True, save_format=None, options=None):
    import os

    path = os.fspath(filepath)
    data = _pickle.dumps([w.numpy() for w in self.weights])
    _SAVED["weights:" + os.path.abspath(path)] = data
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path if path.endswith((".h5", ".keras", ".hdf5")) else path + ".index", "wb") as f:
        f.write(b"FERROGRAD-WEIGHTS\n" + data)


def load_weights(self, filepath, by_name=False, skip_mismatch=False, options=None):
    import os

    path = os.fspath(filepath)
    data = _SAVED.get("weights:" + os.path.abspath(path))
    if data is None:
        f = path if os.path.exists(path) and not os.path.isdir(path) else path + ".index"
        with open(f, "rb") as fh:
            raw = fh.read()
        data = raw[len(b"FERROGRAD-WEIGHTS\n"):]
    arrays = _pickle.loads(data)
    weights = self.weights
    if len(weights) != len(arrays):
        raise ValueError(f"Layer count mismatch when loading weights from file. Model expected {len(weights)} "
                         f"layers, found {len(arrays)} saved layers.")
    for w, a in zip(weights, arrays):
        w.assign(a)
    return None


def _install_layers():
    Layer.get_config = layer_get_config
    Layer.from_config = layer_from_config
    for c in [Layer] + _all_subclasses(Layer):
        _record_init(c)
    orig = Layer.__dict__.get("__init_subclass__")

    def __init_subclass__(cls, **kw):
        if orig is not None:
            orig.__func__(cls, **kw)
        else:
            super(Layer, cls).__init_subclass__(**kw)
        _record_init(cls)

    Layer.__init_subclass__ = classmethod(__init_subclass__)
    InputLayer.get_config = lambda self: {"batch_input_shape": None, "dtype": self.dtype, "sparse": False,
                                          "ragged": False, "name": self.name, "optional": False}


def _install():
    from . import models as M

    from ._model_api import _install as _install_model_api

    _install_model_api()
    for c in _all_subclasses(Layer):
        _record_init(c)
    _install_functional()
    M.Model.to_json = to_json
    M.Model.save = model_save
    M.Model.save_weights = save_weights
    M.Model.load_weights = load_weights
    for n, f in (("load_model", load_model), ("clone_model", clone_model), ("model_from_json", model_from_json),
                 ("model_from_config", models_model_from_config)):
        if not hasattr(M, n):
            setattr(M, n, f)
    M.save_model = lambda model, filepath, overwrite=True, save_format=None, **kw: model_save(
        model, filepath, overwrite, save_format, **kw)


def functional_get_config(self):
    """tf-keras Functional.get_config: layers (with their inbound nodes), input and output layers."""
    from . import _functional as F

    if self._graph is None:
        return layer_get_config(self)
    ins, outs = self._graph[0], self._graph[1]
    ordered, nodes_by_depth = F.map_graph(outs, ins)
    model_nodes = {id(n) for v in nodes_by_depth.values() for n in v}
    layers = []
    for l in self.layers:
        if isinstance(l, InputLayer):
            kt = l._kt_output
            cfg = {"batch_input_shape": tuple(kt.shape_tuple), "dtype": kt.dtype.name, "sparse": False,
                   "ragged": False, "name": l.name, "optional": False}
            layers.append({"module": "keras.layers", "class_name": "InputLayer", "config": cfg,
                           "registered_name": None, "name": l.name, "inbound_nodes": []})
            continue
        e = _layer_entry(l)
        inbound = []
        for node in l.__dict__.get("_kt_nodes", ()):
            if id(node) not in model_nodes:
                continue
            srcs = F._flat(node.inputs)
            inbound.append([[s.layer.name, F.node_index(s), getattr(s, "output_index", 0), dict(node.kwargs)]
                            for s in srcs])
            if "build_config" not in e and srcs:
                src = node.inputs
                e["build_config"] = {"input_shape": tuple(src.shape_tuple) if hasattr(src, "shape_tuple")
                                     else [tuple(s.shape_tuple) for s in srcs]}
        e["name"] = l.name
        e["inbound_nodes"] = inbound
        layers.append(e)

    def ref(kt):
        return [kt.layer.name, F.node_index(kt), getattr(kt, "output_index", 0)]

    return {"name": self.name, "trainable": self.trainable, "layers": layers,
            "input_layers": [ref(k) for k in ins],
            "output_layers": [ref(k) for k in outs]}


@classmethod
def model_from_config(cls, config, custom_objects=None):
    """tf-keras Model.from_config: a functional config is rebuilt node by node; any other config calls
    the class with it."""
    from . import layers as L
    from .models import Model

    if "layers" not in config or "input_layers" not in config:
        return layer_from_config.__func__(cls, config)
    made, outputs = {}, {}
    pending = list(config["layers"])
    while pending:
        progressed = False
        for e in list(pending):
            name = e["config"].get("name", e.get("name"))
            if e["class_name"] == "InputLayer":
                c = e["config"]
                outputs[(name, 0)] = [L.Input(batch_shape=c["batch_input_shape"], dtype=c.get("dtype"), name=name)]
                pending.remove(e)
                progressed = True
                continue
            layer = made.get(name)
            if layer is None:
                layer = made[name] = _layer_class(e["class_name"], custom_objects).from_config(e["config"])
            ready = all((src[0], src[1]) in outputs for node in e["inbound_nodes"] for src in node)
            if not ready:
                continue
            for i, node in enumerate(e["inbound_nodes"]):
                args = [outputs[(s[0], s[1])][s[2]] for s in node]
                kwargs = node[0][3] if node and len(node[0]) > 3 else {}
                out = layer(args[0] if len(args) == 1 else args, **kwargs)
                outputs[(name, i)] = list(out) if isinstance(out, (list, tuple)) else [out]
            pending.remove(e)
            progressed = True
        if not progressed:
            raise ValueError("ferrograd: could not rebuild the functional model from its config")
    ins = [outputs[(r[0], r[1])][r[2]] for r in config["input_layers"]]
    outs = [outputs[(r[0], r[1])][r[2]] for r in config["output_layers"]]
    return Model(ins if len(ins) > 1 else ins[0], outs if len(outs) > 1 else outs[0], name=config.get("name"))


def _install_functional():
    from . import models as M

    M.Model.get_config = functional_get_config
    M.Model.from_config = model_from_config
    M.Sequential.get_config = sequential_get_config
    M.Sequential.from_config = sequential_from_config
