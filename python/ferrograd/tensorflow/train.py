# tf.train Checkpoint / CheckpointManager / latest_checkpoint / list_variables / load_checkpoint for
# tf.Module (and Keras layer) object graphs: keys are TF's attribute paths ('model/dense_1/w/.ATTRIBUTES/
# VARIABLE_VALUE'). The files carry TF's names (<prefix>.index, <prefix>.data-00000-of-00001, 'checkpoint')
# but ferrograd's own content (a pickle of the values), read back by ferrograd only. Restoring assigns to
# the variables that exist, and to later ones as they are set as attributes (TF's deferred restoration).
import os
import pickle

_VALUE = "/.ATTRIBUTES/VARIABLE_VALUE"


def _variables(root, aliases=None):
    # {key: variable} over the trackable attributes (public Modules, Variables, lists, dicts); a variable
    # reached again by another path is kept once, that path going to `aliases` ({path: first key}).
    from . import Module
    from ._tensor import Variable

    out, seen, first = {}, set(), {}

    def walk(obj, path):
        if isinstance(obj, Variable):
            if id(obj) not in first:
                first[id(obj)] = out_key = path + _VALUE
                out[out_key] = obj
            elif aliases is not None:
                aliases[path + _VALUE] = first[id(obj)]
            return
        if id(obj) in seen:
            return
        if isinstance(obj, (list, tuple)):
            items = enumerate(obj)
        elif isinstance(obj, dict):
            items = obj.items()
        elif isinstance(obj, (Module, Checkpoint)):
            items = [(k, v) for k, v in vars(obj).items() if not k.startswith("_")]
        else:
            return
        seen.add(id(obj))
        for k, v in items:
            walk(v, "%s/%s" % (path, k) if path else str(k))

    walk(root, "")
    return out


def _read(path, with_aliases=False):
    with open(path + ".index", "rb") as f:
        vals, aliases = pickle.load(f)
    return (vals, aliases) if with_aliases else vals


def _lookup(vals, aliases, key):
    return vals.get(key, vals.get(aliases.get(key)))


class _Status:
    def assert_consumed(self):
        return self

    assert_existing_objects_matched = assert_nontrivial_match = expect_partial = assert_consumed

    def run_restore_ops(self, session=None):
        pass

    initialize_or_restore = run_restore_ops


class CheckpointLoadStatus(_Status):
    pass


class InitializationOnlyStatus(_Status):
    pass


class Checkpoint:
    def __init__(self, root=None, **kwargs):
        if root is not None:
            kwargs["root"] = root
        self.__dict__.update(kwargs)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        from . import _RESTORE_PENDING

        if _RESTORE_PENDING and name[:1] != "_":
            _apply_pending()

    @property
    def save_counter(self):
        from ._tensor import Variable

        if "_save_counter" not in self.__dict__:
            self._save_counter = Variable(0, dtype="int64", name="save_counter", trainable=False)
        return self._save_counter

    def write(self, file_prefix, options=None):
        file_prefix = os.fspath(file_prefix)
        d = os.path.dirname(file_prefix)
        if d:
            os.makedirs(d, exist_ok=True)
        aliases = {}
        vals = {k: v.numpy() for k, v in _variables(self, aliases).items()}
        if "_save_counter" in self.__dict__:
            vals["save_counter" + _VALUE] = self._save_counter.numpy()
        with open(file_prefix + ".index", "wb") as f:
            pickle.dump((vals, aliases), f)
        open(file_prefix + ".data-00000-of-00001", "wb").close()
        return file_prefix

    def save(self, file_prefix, options=None):
        self.save_counter.assign_add(1)
        path = self.write("%s-%d" % (os.fspath(file_prefix), int(self.save_counter.numpy())))
        d = os.path.dirname(path) or "."
        old = _state(d)
        _write_state(d, path, [p for p in old if p != path] + [path])
        return path

    def read(self, save_path, options=None):
        return self.restore(save_path)

    def restore(self, save_path, options=None):
        if save_path is None:
            return InitializationOnlyStatus()
        save_path = os.fspath(save_path)
        vals, aliases = _read(save_path, True)
        if "save_counter" + _VALUE in vals:
            self.save_counter.assign(vals["save_counter" + _VALUE])
        done = set()
        for k, v in _variables(self).items():
            if _lookup(vals, aliases, k) is not None:
                v.assign(_lookup(vals, aliases, k))
                done.add(aliases.get(k, k))
        if len(done) < len(vals) - ("save_counter" + _VALUE in vals):  # the rest when the variables appear
            from . import _RESTORE_PENDING

            _RESTORE_PENDING.append((self, vals, aliases, done))
            del _RESTORE_PENDING[:-8]  # the last 8 restores wait
        return CheckpointLoadStatus()


def _apply_pending():
    # TF's deferred restoration: assign saved values to variables created after restore().
    from . import _RESTORE_PENDING

    for item in list(_RESTORE_PENDING):
        ck, vals, aliases, done = item
        for k, v in _variables(ck).items():
            if _lookup(vals, aliases, k) is not None and aliases.get(k, k) not in done:
                done.add(aliases.get(k, k))
                v.assign(_lookup(vals, aliases, k))
        if len(done) >= len(vals) - ("save_counter" + _VALUE in vals):
            _RESTORE_PENDING.remove(item)


def _state(d):
    try:
        with open(os.path.join(d, "checkpoint")) as f:
            return [os.path.join(d, line.split('"')[1]) for line in f if line.startswith("all_model")]
    except OSError:
        return []


def _write_state(d, latest, paths):
    rel = lambda p: os.path.relpath(p, d)  # noqa: E731
    with open(os.path.join(d, "checkpoint"), "w") as f:
        f.write('model_checkpoint_path: "%s"\n' % rel(latest))
        f.writelines('all_model_checkpoint_paths: "%s"\n' % rel(p) for p in paths)


def latest_checkpoint(checkpoint_dir, latest_filename=None):
    d = os.fspath(checkpoint_dir)
    try:
        with open(os.path.join(d, latest_filename or "checkpoint")) as f:
            line = f.readline()
    except OSError:
        return None
    return os.path.join(d, line.split('"')[1]) if line.startswith("model_checkpoint_path") else None


def _resolve(ckpt_dir_or_file):
    p = os.fspath(ckpt_dir_or_file)
    return latest_checkpoint(p) if os.path.isdir(p) else p


def list_variables(ckpt_dir_or_file):
    vals = _read(_resolve(ckpt_dir_or_file))
    return sorted([("_CHECKPOINTABLE_OBJECT_GRAPH", [])] + [(k, list(v.shape)) for k, v in vals.items()])


class _Reader:
    def __init__(self, vals):
        self._vals = vals

    def get_variable_to_shape_map(self):
        return {k: list(v.shape) for k, v in self._vals.items()}

    def get_variable_to_dtype_map(self):
        from . import dtypes

        return {k: dtypes.as_dtype(v.dtype.name) for k, v in self._vals.items()}

    def has_tensor(self, key):
        return key in self._vals

    def get_tensor(self, key):
        return self._vals[key]


def load_checkpoint(ckpt_dir_or_file):
    return _Reader(_read(_resolve(ckpt_dir_or_file)))


class CheckpointManager:
    def __init__(self, checkpoint, directory, max_to_keep, keep_checkpoint_every_n_hours=None,
                 checkpoint_name="ckpt", step_counter=None, checkpoint_interval=None, init_fn=None):
        self._checkpoint, self.directory, self._max_to_keep = checkpoint, os.fspath(directory), max_to_keep
        self._prefix = os.path.join(self.directory, checkpoint_name)
        self._paths = [p for p in _state(self.directory) if os.path.exists(p + ".index")]

    @property
    def latest_checkpoint(self):
        return self._paths[-1] if self._paths else None

    @property
    def checkpoints(self):
        return list(self._paths)

    def save(self, checkpoint_number=None, check_interval=True, options=None):
        ck = self._checkpoint
        if checkpoint_number is None:
            ck.save_counter.assign_add(1)
            n = int(ck.save_counter.numpy())
        else:
            n = int(checkpoint_number)
        path = ck.write("%s-%d" % (self._prefix, n))
        self._paths = [p for p in self._paths if p != path] + [path]
        if self._max_to_keep is not None:
            while len(self._paths) > self._max_to_keep:
                old = self._paths.pop(0)
                for ext in (".index", ".data-00000-of-00001"):
                    if os.path.exists(old + ext):
                        os.remove(old + ext)
        _write_state(self.directory, path, self._paths)
        return path
