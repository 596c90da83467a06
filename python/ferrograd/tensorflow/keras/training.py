# Keras 2 (tf-keras) Model.compile / fit / evaluate / predict / summary.
#
# The loop follows tf-keras's train_step: forward with training=True under a GradientTape, the
# compiled loss (SUM_OVER_BATCH_SIZE) plus layer losses, gradients applied by the optimizer, the
# "loss" Mean metric weighted by batch size, then the compiled metrics. Logs are the metrics'
# results as Python floats, as History records them.
#
# With a global seed, `shuffle=True` on array data follows TF's order (keras/_fit_shuffle.py). Not reproduced:
# the progress bar's timings (they are wall-clock).
import sys
import time

from .. import _ops, dtypes as _dt
from .._tensor import convert_to_tensor
from . import losses as _losses
from . import metrics as _metrics


class History:
    def __init__(self):
        self.history = {}
        self.epoch = []
        self.params = {}
        self.model = None

    def __repr__(self):
        return "<tf_keras.src.callbacks.History object at %#x>" % id(self)

    def _record(self, epoch, logs):
        self.epoch.append(epoch)
        for k, v in logs.items():
            self.history.setdefault(k, []).append(v)


def _get_loss(loss):
    if loss is None or isinstance(loss, _losses.Loss):
        return loss
    if isinstance(loss, str):
        fn = getattr(_losses, loss, None)
        if fn is None or isinstance(fn, type):
            raise ValueError(f"Unknown loss function: '{loss}'. Please ensure you are using a "
                             f"`keras.utils.custom_object_scope` and that this object is included in the scope.")
        return _losses.LossFunctionWrapper(fn, name=loss)
    if callable(loss):
        return _losses.LossFunctionWrapper(loss, name=getattr(loss, "__name__", "loss"))
    raise ValueError(f"Could not interpret loss identifier: {loss}")


def _resolve_metric(m, loss, y_true, y_pred):
    # compile_utils.MetricsContainer._get_metric_object: 'accuracy' picks binary / sparse /
    # categorical accuracy from the shapes; other strings name metric classes or functions.
    if isinstance(m, _metrics.Metric):
        return m
    if m in ("accuracy", "acc"):
        yt, yp = y_true.shape, y_pred.shape
        is_binary = yp[-1] == 1
        is_sparse = yt.rank < yp.rank or (yt[-1] == 1 and yp[-1] > 1)
        fn = _metrics.binary_accuracy if is_binary else \
            _metrics.sparse_categorical_accuracy if is_sparse else _metrics.categorical_accuracy
        return _metrics.MeanMetricWrapper(fn, name=m)
    if isinstance(m, str):
        obj = _metrics._get_object(m)
        obj._name = m  # compile() names a metric given as a string by that string
        return obj
    if callable(m):
        return _metrics.MeanMetricWrapper(m, name=getattr(m, "__name__", "metric"))
    raise ValueError(f"Unknown metric {m!r}")


def _as_tensor(x):
    if x is None:
        return None
    if isinstance(x, dict):
        return {k: _as_tensor(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)) and x and not isinstance(x[0], (int, float, list)):
        return type(x)(_as_tensor(v) for v in x)
    t = convert_to_tensor(x)
    if t.dtype == _dt.float64:
        t = _ops.cast(t, _dt.float32)  # Keras casts float inputs to the layer dtype
    return t


def _n_samples(x):
    if isinstance(x, dict):
        return _n_samples(next(iter(x.values())))
    if isinstance(x, (list, tuple)) and not hasattr(x, "shape"):
        return _n_samples(x[0])
    return int(x.shape[0])


def _take(x, lo, hi, idx=None):
    if x is None:
        return None
    if isinstance(x, dict):
        return {k: _take(v, lo, hi, idx) for k, v in x.items()}
    if isinstance(x, (list, tuple)) and not hasattr(x, "shape"):
        return type(x)(_take(v, lo, hi, idx) for v in x)
    if idx is not None:
        return _ops.gather(x, idx[lo:hi])
    return x[lo:hi]


def _match_dtype_and_rank(y_t, y_p):
    # compile_utils.match_dtype_and_rank: labels of rank 1 for rank-2 predictions get a trailing
    # axis; float labels take the predictions' float dtype (integers likewise).
    y_t = convert_to_tensor(y_t)
    if y_t.shape.rank == 1 and y_p.shape.rank == 2:
        y_t = _ops.expand_dims(y_t, -1)
    if (y_t.dtype.is_floating and y_p.dtype.is_floating) or (y_t.dtype.is_integer and y_p.dtype.is_integer):
        y_t = _ops.cast(y_t, y_p.dtype)
    return y_t


class _CompiledLoss:
    def __init__(self, model):
        self._model = model

    def __call__(self, y_true, y_pred, sample_weight=None, regularization_losses=None):
        return self._model._loss_call(y_true, y_pred, sample_weight, regularization_losses)

    @property
    def metrics(self):
        m = self._model
        return [m._loss_tracker] + list((getattr(m, "_out_losses", None) or [(0, 0, [])])[0][2])


class _CompiledMetrics:
    def __init__(self, model):
        self._model = model

    def update_state(self, y_true, y_pred, sample_weight=None):
        self._model._update_metrics(None, y_true, y_pred, None, sample_weight)

    def reset_state(self):
        for m in self.metrics:
            m.reset_state()

    @property
    def metrics(self):
        return list(self._model._compiled_metrics or [])


def _unpack(data):
    # data_adapter.unpack_x_y_sample_weight.
    if isinstance(data, tuple):
        return (data + (None, None))[:3] if len(data) < 3 else data[:3]
    return data, None, None


def _sample_weights(y, sample_weight, class_weight):
    # fit's per-sample weights: sample_weight times class_weight[label] (labels: the integer, or
    # the argmax of one-hot rows), as tf-keras's data adapter builds them.
    if sample_weight is None and class_weight is None:
        return None
    import numpy as np

    sw = None if sample_weight is None else convert_to_tensor(np.asarray(sample_weight))
    if class_weight is not None and y is not None and not isinstance(y, (dict, list, tuple)):
        ya = y.numpy()
        cls = np.argmax(ya, axis=-1) if ya.ndim == 2 and ya.shape[1] > 1 else ya.reshape(len(ya)).astype(np.int64)
        ids = sorted(class_weight)
        table = np.asarray([class_weight[int(c)] for c in ids], dtype=np.float32)
        cw = convert_to_tensor(table[cls])
        sw = cw if sw is None else _ops.cast(sw, _dt.float32) * cw
    return sw


def _fmt_value(v):
    return " - %s: %.4f" % v if abs(v[1]) > 1e-3 else " - %s: %.4e" % v


def _known_steps(dataset):
    try:
        n = int(dataset.cardinality())
    except Exception:
        return None
    return n if n > 0 else None


class _Progbar:
    # tf-keras's Progbar (verbose=1) as ProgbarLogger drives it: one line per epoch, redrawn with
    # '\b' * width + '\r' after a batch when 0.05 s have passed since the last draw (the first batch
    # always), finalized with the time per step at the epoch end.

    def __init__(self, target):
        self.target, self.width, self.start, self.last, self.first = target, 0, time.time(), 0.0, None

    def update(self, current, logs, conv=None, final=False):
        now = time.time()
        if not final and now - self.last < 0.05:
            return
        target, logs = self.target, conv(logs) if conv else logs
        if target:
            nd = len(str(target))
            w = int(30 * current / target)
            bar = ("%" + str(nd) + "d/%d [") % (current, target) + ("=" * (w - 1) + (">" if current < target
                                                                                    else "=") if w else "")
            bar += "." * (30 - w) + "]"
        else:
            bar = "%7d/Unknown" % current
        per = ((now - self.first) / (current - 1) if self.first is not None and current > 1 else
               (now - self.start) / current) if current else 0
        if current == 1:
            self.first = now
        if final or not target:
            info = " - %.0fs" % (now - self.start) + (" %.0fs/step" % per if per >= 1 or per == 0 else
                                                      " %.0fms/step" % (per * 1e3) if per >= 1e-3 else
                                                      " %.0fus/step" % (per * 1e6))
        else:
            eta = per * (target - current)
            info = " - ETA: " + ("%d:%02d:%02d" % (eta // 3600, (eta % 3600) // 60, eta % 60) if eta > 3600 else
                                 "%d:%02d" % (eta // 60, eta % 60) if eta > 60 else "%ds" % eta)
        info += "".join(_fmt_value(kv) for kv in logs.items())
        prev, self.width = self.width, len(bar) + len(info)
        sys.stdout.write("\b" * prev + "\r" + bar + info + " " * (prev - self.width) + ("\n" if final else ""))
        sys.stdout.flush()
        self.last = now


class TrainingMixin:
    """Methods of tf.keras.Model for built-in training."""

    def compile(self, optimizer="rmsprop", loss=None, metrics=None, loss_weights=None, weighted_metrics=None,
                run_eagerly=None, steps_per_execution=None, jit_compile=None, **kwargs):
        from . import optimizers

        self.optimizer = optimizers.get(optimizer) if isinstance(optimizer, str) else optimizer
        self.loss = loss
        self._loss_spec, self._loss_weights, self._out_losses = loss, loss_weights, None
        self._compiled_loss = None if isinstance(loss, (dict, list, tuple)) else _get_loss(loss)
        self._metric_specs = metrics if isinstance(metrics, dict) else list(metrics or [])
        self._weighted_specs = list(weighted_metrics or [])
        self._n_weighted = 0
        self._compiled_metrics = None
        self._loss_tracker = _metrics.Mean(name="loss")
        self._is_compiled = True
        self._run_eagerly = bool(run_eagerly)

    def _check_compiled(self):
        if not getattr(self, "_is_compiled", False):
            raise RuntimeError("You must compile your model before training/testing. Use "
                               "`model.compile(optimizer, loss)`.")

    @property
    def metrics(self):
        out = [self._loss_tracker] if getattr(self, "_is_compiled", False) else []
        out += [m for m in (getattr(self, "_out_losses", None) or [(None, None, None)])[0][2] or []]
        return out + list(self._compiled_metrics or [])

    def _outputs_of(self, y, y_pred):
        # (names, labels, predictions) per output of a model with several (or dict) outputs, in
        # tf.nest order; names are the output layers' (compile_utils output_names).
        if isinstance(y_pred, dict):
            keys = list(y_pred)
            preds = [y_pred[k] for k in keys]
            ys = [y.get(k) for k in keys] if isinstance(y, dict) else \
                list(y) if isinstance(y, (list, tuple)) else [y]
        else:
            keys = None
            preds = list(y_pred)
            names = getattr(self, "output_names", None) or ["output_%d" % (i + 1) for i in range(len(preds))]
            ys = [y.get(n) for n in names] if isinstance(y, dict) else \
                list(y) if isinstance(y, (list, tuple)) else [y]
        names = getattr(self, "output_names", None)
        if not names or len(names) != len(preds):
            names = keys or ["output_%d" % (i + 1) for i in range(len(preds))]
        return keys, names, ys, preds

    def _per_output(self, spec, keys, names, n):
        if isinstance(spec, dict):
            by = keys or names
            unknown = [k for k in spec if k not in by]
            if unknown:
                raise ValueError(f"Found unexpected losses or metrics that do not correspond to any Model output: "
                                 f"{spec.keys()}. Valid mode output names: {by}. Received struct is: {spec}.")
            return [spec.get(k) for k in by]
        if isinstance(spec, (list, tuple)):
            return list(spec)
        return [spec] * n

    @property
    def compiled_loss(self):
        """compile_utils.LossesContainer: called as (y_true, y_pred, sample_weight=None,
        regularization_losses=None); updates the 'loss' metric (and the per-output ones)."""
        return _CompiledLoss(self) if getattr(self, "_is_compiled", False) else None

    @property
    def compiled_metrics(self):
        """compile_utils.MetricsContainer: update_state(y_true, y_pred, sample_weight=None)."""
        return _CompiledMetrics(self) if getattr(self, "_is_compiled", False) else None

    def _loss_call(self, y, y_pred, sample_weight=None, regularization_losses=None):
        if isinstance(y_pred, (dict, list, tuple)):
            loss, batch = self._multi_loss(y, y_pred, regularization_losses)
        else:
            batch = None
            if y is not None and self._compiled_loss is not None:
                y = _match_dtype_and_rank(y, y_pred)
                batch = _n_samples(y)
            loss = self._compiled_loss(y, y_pred, sample_weight) if self._compiled_loss is not None and \
                y is not None else None
            vals = [] if loss is None else [loss]
            if regularization_losses:  # LossesContainer: add_n([output losses..., add_n(regularization)])
                vals.append(_ops.add_n(list(regularization_losses)))
            loss = None if not vals else vals[0] if len(vals) == 1 else _ops.add_n(vals)
        if loss is not None:
            self._loss_tracker.update_state(loss, sample_weight=None if batch is None else float(batch))
        return loss

    def _multi_loss(self, y, y_pred, regularization_losses=None):
        # compile_utils.LossesContainer over several outputs: each output's loss (tracked by an
        # '<output>_loss' Mean when there are several), times its loss weight, summed with add_n.
        keys, names, ys, preds = self._outputs_of(y, y_pred)
        if self._out_losses is None:
            losses = [None if l is None else _get_loss(l)
                      for l in self._per_output(self._loss_spec, keys, names, len(preds))]
            weights = self._per_output(self._loss_weights, keys, names, len(preds)) \
                if self._loss_weights is not None else [None] * len(preds)
            trackers = [None if (l is None or len(preds) == 1) else _metrics.Mean(name=n + "_loss")
                        for l, n in zip(losses, names)]
            self._out_losses = [(losses, weights, [t for t in trackers if t is not None], trackers)]
        losses, weights, _, trackers = self._out_losses[0]
        batch = None
        vals = []
        for yt, yp, lo, w, tr in zip(ys, preds, losses, weights, trackers):
            if yt is None or lo is None:
                continue
            batch = _n_samples(yt)
            v = lo(_match_dtype_and_rank(yt, yp), yp)
            if tr is not None:
                tr.update_state(v, sample_weight=float(batch))
            if w is not None:
                v = v * w
            vals.append(v)
        extra = list(regularization_losses or [])
        if extra:
            vals.append(_ops.add_n(extra))
        return (_ops.add_n(vals) if vals else None), batch

    @property
    def metrics_names(self):
        return [m.name for m in self.metrics]

    def reset_metrics(self):
        for m in self.metrics:
            m.reset_state()

    def _build_metrics(self, y, y_pred):
        if self._compiled_metrics is None:
            plain = [_resolve_metric(m, self._compiled_loss, y, y_pred) for m in self._metric_specs]
            weighted = [_resolve_metric(m, self._compiled_loss, y, y_pred) for m in self._weighted_specs]
            names = {m.name for m in plain}
            for m in weighted:  # compile_utils._set_metric_names
                if m.name in names:
                    m._name = "weighted_" + m.name
            self._n_weighted = len(weighted)
            self._compiled_metrics = plain + weighted

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None):
        return self._loss_call(y, y_pred, sample_weight, list(getattr(self, "losses", []) or []))

    def _update_metrics(self, loss, y, y_pred, batch, sample_weight=None):
        # the loss metrics were updated by the compiled loss (compute_loss)
        if isinstance(y_pred, (dict, list, tuple)):
            self._update_multi_metrics(y, y_pred)
            return
        self._build_metrics(y, y_pred)
        if self._compiled_metrics and y is not None:
            y = _match_dtype_and_rank(y, y_pred)  # MetricsContainer.update_state
        # MetricsContainer: `metrics` ignore sample weights, `weighted_metrics` use them
        n_plain = len(self._compiled_metrics) - self._n_weighted
        for i, m in enumerate(self._compiled_metrics):
            if sample_weight is None or i < n_plain:
                m.update_state(y, y_pred)
            else:
                m.update_state(y, y_pred, sample_weight=sample_weight)

    def _update_multi_metrics(self, y, y_pred):
        # compile_utils.MetricsContainer over several outputs: a flat list of metrics goes to every
        # output, a dict by output; metric names get the output name as prefix.
        keys, names, ys, preds = self._outputs_of(y, y_pred)
        if self._compiled_metrics is None:
            specs = self._metric_specs
            nested = isinstance(specs, (list, tuple)) and any(isinstance(m, (list, tuple, dict)) for m in specs)
            per = self._per_output(specs, keys, names, len(preds)) if isinstance(specs, dict) or nested else \
                [specs] * len(preds)
            built = []
            for n, yt, yp, ms in zip(names, ys, preds, per):
                for m in (ms if isinstance(ms, (list, tuple)) else [] if ms is None else [ms]):
                    obj = _resolve_metric(m, None, _match_dtype_and_rank(yt, yp), yp)
                    if len(preds) > 1:
                        obj._name = n + "_" + obj.name
                    built.append((obj, names.index(n)))
            self._compiled_metrics = [b[0] for b in built]
            self._metric_outputs = [b[1] for b in built]
        for m, i in zip(self._compiled_metrics, self._metric_outputs):
            if ys[i] is not None:
                m.update_state(_match_dtype_and_rank(ys[i], preds[i]), preds[i])

    def train_step(self, data):
        from .._tape import GradientTape

        x, y, sw = _unpack(data)
        with GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x, y, y_pred, sw)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        self._update_metrics(loss, y, y_pred, _n_samples(x), sw)
        return self._logs()

    def test_step(self, data):
        x, y, sw = _unpack(data)
        y_pred = self(x, training=False)
        loss = self.compute_loss(x, y, y_pred, sw)
        self._update_metrics(loss, y, y_pred, _n_samples(x), sw)
        return self._logs()

    def _build_unbatched(self, x):
        # fit / evaluate / predict trace the model on batches of unknown size
        if hasattr(self, "_build_for"):
            self._build_for(x, batch_none=True)

    def _logs(self):
        return {m.name: m.result() for m in self.metrics}

    @staticmethod
    def _floats(logs, prefix=""):
        return {prefix + k: float(v.numpy()) for k, v in logs.items()}

    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose="auto", callbacks=None, validation_split=0.0,
            validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0,
            steps_per_epoch=None, validation_steps=None, validation_batch_size=None, validation_freq=1, **kwargs):
        self._check_compiled()
        from ..data import Dataset

        verbose = 1 if verbose == "auto" else verbose
        dataset = x if isinstance(x, Dataset) else None
        if dataset is not None:  # tf-keras' DataHandler makes one iterator before the epochs (a reshuffle)
            next(iter(dataset), None)
        sw = None
        if dataset is None:
            x, y = _as_tensor(x), _as_tensor(y)
            self._build_unbatched(x)
            sw = _sample_weights(y, sample_weight, class_weight)
            if validation_split and validation_data is None:
                n = _n_samples(x)
                split = int(n * (1.0 - validation_split))
                validation_data = (_take(x, split, n), _take(y, split, n))
                x, y, sw = _take(x, 0, split), _take(y, 0, split), _take(sw, 0, split)
        data_iter = iter(dataset) if dataset is not None and steps_per_epoch else None
        history = History()
        history.model = self
        bs = batch_size or 32
        cbs = list(callbacks or [])
        target = steps_per_epoch or (-(-_n_samples(x) // bs) if dataset is None else _known_steps(dataset))
        for cb in cbs:
            cb.set_model(self)
            cb.set_params({"verbose": verbose, "epochs": epochs})
        self.stop_training = False
        for cb in cbs:
            cb.on_train_begin({})
        for epoch in range(initial_epoch, epochs):
            self.reset_metrics()
            for cb in cbs:
                cb.on_epoch_begin(epoch, {})
            if verbose and epochs > 1:  # ProgbarLogger (the last callback) names epochs only when there are several
                print("Epoch %d/%d" % (epoch + 1, epochs))
            t0 = time.time()
            pb = _Progbar(target) if verbose == 1 else None
            steps = 0
            if epoch == initial_epoch:
                from ._fit_shuffle import fit_shuffler

                shuffle = fit_shuffler(shuffle, x if dataset is None else None)
            batches = self._batches(dataset, x, y, bs, shuffle, sw) if data_iter is None else \
                self._batches(data_iter, None, None, bs)
            for data in batches:
                for cb in cbs:
                    cb.on_train_batch_begin(steps, {})
                with _ops._GraphFn(self):
                    logs = self.train_step(data)
                for cb in cbs:
                    cb.on_train_batch_end(steps, self._floats(logs))
                steps += 1
                if pb is not None:
                    pb.update(steps, logs, self._floats)
                if steps_per_epoch and steps >= steps_per_epoch:
                    break
                if self.stop_training:  # e.g. TerminateOnNaN
                    break
            if data_iter is not None and steps < steps_per_epoch:
                # tf-keras DataHandler: one iterator across epochs; running out stops training
                import logging

                logging.getLogger("tensorflow").warning(
                    "Your input ran out of data; interrupting training. Make sure that your dataset or generator "
                    "can generate at least `steps_per_epoch * epochs` batches (in this case, %d batches). You "
                    "may need to use the repeat() function when building your dataset." % (steps_per_epoch * epochs))
                self.stop_training = True
                if steps == 0:
                    break
            logs = self._floats(logs)
            if validation_data is not None and (epoch + 1) % validation_freq == 0:
                vx, vy = validation_data[0], validation_data[1]
                val = self.evaluate(vx, vy, batch_size=validation_batch_size or bs, verbose=0, return_dict=True,
                                    callbacks=cbs, _from_fit=True)
                logs.update({"val_" + k: v for k, v in val.items()})
            for cb in cbs:
                cb.on_epoch_end(epoch, logs)
            history._record(epoch, logs)  # tf-keras: History is the last callback (sees e.g. 'lr')
            if pb is not None:  # then ProgbarLogger
                pb.target = target = target or steps
                pb.update(steps, logs, None, True)
            elif verbose:
                self._print_epoch(steps, logs, time.time() - t0, verbose)
            if self.stop_training:
                break
        for cb in cbs:
            cb.on_train_end(logs)
        history.params = {"verbose": verbose, "epochs": epochs, "steps": steps}
        self.history = history
        return history

    def _batches(self, dataset, x, y, bs, shuffle=False, sw=None):
        if dataset is not None:
            for e in dataset:
                yield tuple(e[:3]) if isinstance(e, tuple) and len(e) >= 3 else \
                    (e[0], e[1]) if isinstance(e, tuple) else (e, None)
            return
        n = _n_samples(x)
        idx = None
        if shuffle:
            from .. import random as _random

            idx = _ops.constant(shuffle.next_perm(), dtype=_dt.int64) if hasattr(shuffle, "next_perm") else \
                _random.shuffle(_ops.range(n, dtype=_dt.int64))
        for lo in range(0, n, bs):
            hi = min(lo + bs, n)
            if sw is None:
                yield _take(x, lo, hi, idx), _take(y, lo, hi, idx)
            else:
                yield _take(x, lo, hi, idx), _take(y, lo, hi, idx), _take(sw, lo, hi, idx)

    @staticmethod
    def _print_epoch(steps, logs, secs, verbose):
        vals = "".join(_fmt_value((k, v)) for k, v in logs.items())
        per = secs / max(steps, 1)
        if verbose == 1:
            bar = "[" + "=" * 30 + "]"
            line = "%d/%d %s - %ds %dms/step%s" % (steps, steps, bar, int(secs), int(per * 1000), vals)
        else:
            line = "%d/%d - %ds - %s - %dms/epoch - %dms/step" % (steps, steps, int(secs), vals[3:],
                                                                 int(secs * 1000), int(per * 1000))
        sys.stdout.write(line + "\n")

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", sample_weight=None, steps=None,
                 callbacks=None, return_dict=False, **kwargs):
        self._check_compiled()
        from ..data import Dataset

        dataset = x if isinstance(x, Dataset) else None
        if dataset is not None:  # tf-keras' DataHandler makes one iterator before the epochs (a reshuffle)
            next(iter(dataset), None)
        sw = None
        if dataset is None:
            x, y = _as_tensor(x), _as_tensor(y)
            self._build_unbatched(x)
            sw = _sample_weights(y, sample_weight, None)
        self.reset_metrics()
        cbs = list(callbacks or [])
        if not kwargs.get("_from_fit"):
            for cb in cbs:
                cb.set_model(self)
        for cb in cbs:
            cb.on_test_begin({})
        logs = {}
        n = 0
        for data in self._batches(dataset, x, y, batch_size or 32, False, sw):
            for cb in cbs:
                cb.on_test_batch_begin(n, {})
            with _ops._GraphFn(self):
                logs = self.test_step(data)
            if cbs:
                batch_logs = self._floats(logs)
                for cb in cbs:
                    cb.on_test_batch_end(n, dict(batch_logs))
            n += 1
        logs = self._floats(logs)
        for cb in cbs:
            cb.on_test_end(dict(logs))
        verbose = 1 if verbose == "auto" else verbose
        if verbose:
            self._print_epoch(n, logs, 0.0, verbose)
        if return_dict:
            return logs
        vals = list(logs.values())
        return vals[0] if len(vals) == 1 else vals

    def predict(self, x, batch_size=None, verbose="auto", steps=None, callbacks=None, **kwargs):
        import numpy as np

        from ..data import Dataset

        outs = []
        cbs = list(callbacks or [])
        for cb in cbs:
            cb.set_model(self)
        for cb in cbs:
            cb.on_predict_begin({})

        def step(i, xb):
            for cb in cbs:
                cb.on_predict_batch_begin(i, {})
            with _ops._GraphFn(self, predict=True):
                ps = getattr(type(self), "predict_step", None)
                out = self(xb, training=False) if ps is None or getattr(ps, "__module__", "").endswith(
                    "_model_api") else self.predict_step(xb)  # a subclass's predict_step
            for cb in cbs:
                cb.on_predict_batch_end(i, {"outputs": out})
            outs.append(out.numpy())

        if isinstance(x, Dataset):
            next(iter(x), None)  # DataHandler's extra iterator (see fit)
            own = getattr(type(self), "predict_step", None)
            own = own is not None and not getattr(own, "__module__", "").endswith("_model_api")
            for i, e in enumerate(x):
                step(i, e if own else (e[0] if isinstance(e, tuple) else e))
        else:
            x = _as_tensor(x)
            self._build_unbatched(x)
            n, bs = _n_samples(x), batch_size or 32
            for i, lo in enumerate(range(0, n, bs)):
                step(i, _take(x, lo, min(lo + bs, n)))
        for cb in cbs:
            cb.on_predict_end({})
        return np.concatenate(outs, axis=0)

    def predict_on_batch(self, x):
        with _ops._GraphFn(self, predict=True):
            return self(_as_tensor(x), training=False).numpy()

    def train_on_batch(self, x, y=None, sample_weight=None, class_weight=None, reset_metrics=True,
                       return_dict=False):
        self._check_compiled()
        if reset_metrics:
            self.reset_metrics()
        with _ops._GraphFn(self):
            logs = self._floats(self.train_step((_as_tensor(x), _as_tensor(y))))
        vals = list(logs.values())
        return logs if return_dict else (vals[0] if len(vals) == 1 else vals)

    def test_on_batch(self, x, y=None, sample_weight=None, reset_metrics=True, return_dict=False):
        self._check_compiled()
        if reset_metrics:
            self.reset_metrics()
        with _ops._GraphFn(self):
            logs = self._floats(self.test_step((_as_tensor(x), _as_tensor(y))))
        vals = list(logs.values())
        return logs if return_dict else (vals[0] if len(vals) == 1 else vals)

    # ---------------------------------------------------------------- summary
    def count_params(self):
        return sum(_count(w) for w in self.weights)

    def summary(self, line_length=None, positions=None, print_fn=None, expand_nested=False,
                show_trainable=False, layer_range=None):
        if not self.built:
            raise ValueError("This model has not yet been built. Build the model first by calling `build()` or "
                             "by calling the model on a batch of data.")
        print_fn = print_fn or print
        nodes = self._summary_nodes() if hasattr(self, "_summary_nodes") else None
        if nodes is None:
            line_length = line_length or 65
            positions = [int(line_length * p) for p in (positions or [0.45, 0.85, 1.0])]
            header = ["Layer (type)", "Output Shape", "Param #"]
        else:  # tf-keras print_summary of a non-sequential graph network
            line_length = line_length or 98
            positions = [int(line_length * p) for p in (positions or [0.3, 0.6, 0.70, 1.0])]
            header = ["Layer (type)", "Output Shape", "Param #", "Connected to"]

        def row(fields):
            left = [str(f) for f in fields]
            while any(left):
                line = ""
                for col in range(len(left)):
                    start = positions[col - 1] if col else 0
                    end = positions[col]
                    space = 2 if col != len(positions) - 1 else 0
                    cutoff = end - start - space - (1 if col != len(positions) - 1 else 0)
                    fit = left[col][:cutoff]
                    cands = [fit.find(s) + len(s) for s in ("),", "},", "],", "',") if fit.find(s) >= 0]
                    if cands:
                        cutoff = min(cands)
                        fit = fit[:cutoff]
                    if col == 0:
                        line += " "
                    line += fit + " " * space
                    left[col] = left[col][cutoff:]
                    line += " " * (end - len(line))
                print_fn(line)

        print_fn(f'Model: "{self.name}"')
        print_fn("_" * line_length)
        row(header)
        print_fn("=" * line_length)
        for layer in self._summary_layers():
            shape = getattr(layer, "_output_shape", None)
            params = layer.count_params() if layer.built else "0 (unused)"
            cls = type(layer).__name__
            if cls == "Model" and getattr(layer, "_graph", None) is not None:
                cls = "Functional"  # tf-keras: Model(inputs, outputs) is a Functional instance
            fields = [layer.name + " (" + cls + ")", "multiple" if shape is None else shape, params]
            if nodes is not None:
                fields.append(_connections(layer, nodes))
            row(fields)
            print_fn(" " * line_length)  # tf-keras: a blank row after each top-level layer
        print_fn("=" * line_length)
        tw, nw = self.trainable_weights, self.non_trainable_weights
        tc, nc = sum(_count(w) for w in tw), sum(_count(w) for w in nw)
        tm, nm = sum(_count(w) * w.dtype.size for w in tw), sum(_count(w) * w.dtype.size for w in nw)
        print_fn(f"Total params: {tc + nc} ({_readable(tm + nm)})")
        print_fn(f"Trainable params: {tc} ({_readable(tm)})")
        print_fn(f"Non-trainable params: {nc} ({_readable(nm)})")
        print_fn("_" * line_length)


def _connections(layer, nodes):
    # 'inbound_layer[node_index][tensor_index]' for each input of the layer's nodes in the model.
    from . import _functional

    out = []
    for node in layer.__dict__.get("_kt_nodes", ()):
        if not any(node is n for n in nodes):
            continue
        for t in _functional._flat(node.inputs):
            out.append("%s[%d][%d]" % (t.layer.name, _functional.node_index(t), getattr(t, "output_index", 0)))
    return out


def _count(w):
    n = 1
    for d in w.shape:
        n *= int(d)
    return n


def _readable(size):
    units = ["Byte", "KB", "MB", "GB", "TB", "PB"]
    for unit in units:
        if size / 1024 < 1:
            return "{:.2f} {}".format(size, unit)
        size /= 1024
    return "{:.2f} {}".format(size, units[-1])
