# mindspore.train.Model: train/eval/predict loops over a network, loss and optimizer (PyNative,
# dataset_sink_mode has no effect).
from .callback import RunContext, _Params
from .metrics import Loss, get_metrics


class _WithEvalCell:
    pass


class Model:
    def __init__(self, network, loss_fn=None, optimizer=None, metrics=None, eval_network=None, eval_indexes=None,
                 amp_level="O0", boost_level="O0", **kwargs):
        from ..nn import Cell, TrainOneStepCell, WithLossCell

        self._network = network
        self._loss_fn = loss_fn
        self._optimizer = optimizer
        lsm = kwargs.get("loss_scale_manager")
        if optimizer is not None and lsm is not None and lsm.get_drop_overflow_update():
            # as MindSpore: a loss scale manager that drops overflowing updates trains through
            # TrainOneStepWithLossScaleCell with the manager's update cell
            from .._loss_scale import TrainOneStepWithLossScaleCell

            net = WithLossCell(network, loss_fn) if loss_fn is not None else network
            self._train_network = TrainOneStepWithLossScaleCell(net, optimizer, lsm.get_update_cell())
        elif optimizer is not None and loss_fn is not None:
            self._train_network = TrainOneStepCell(WithLossCell(network, loss_fn), optimizer)
        elif optimizer is not None:
            self._train_network = TrainOneStepCell(network, optimizer)
        else:
            self._train_network = network
        self._metric_fns = get_metrics(metrics) or {}
        self._eval_network = eval_network
        self._eval_indexes = eval_indexes
        if self._metric_fns and eval_network is None:
            if loss_fn is None:
                raise ValueError("If `metrics` is set, `eval_network` must not be None. Do not set `metrics` if you "
                                 "don't want an evaluation.\nIf evaluation is required, you need to specify "
                                 "`eval_network`, which will be used in the framework to evaluate the model.\nFor "
                                 "the simple scenarios with one data, one label and one logits, `eval_network` is "
                                 "optional, and then you can set `eval_network` or `loss_fn`. For the latter case, "
                                 "framework will automatically build an evaluation network with `network` and "
                                 "`loss_fn`.")
            from ..nn.wrap import WithEvalCell

            self._eval_network = WithEvalCell(network, loss_fn)
            self._eval_indexes = [0, 1, 2]
        del Cell

    @property
    def train_network(self):
        return self._train_network

    @property
    def predict_network(self):
        return self._network

    @property
    def eval_network(self):
        return self._eval_network

    def _callbacks(self, callbacks):
        if callbacks is None:
            return []
        return list(callbacks) if isinstance(callbacks, (list, tuple)) else [callbacks]

    def train(self, epoch, train_dataset, callbacks=None, dataset_sink_mode=False, sink_size=-1, initial_epoch=0,
              valid_dataset=None, valid_frequency=1, valid_dataset_sink_mode=False):
        cbs = self._callbacks(callbacks)
        batch_num = train_dataset.get_dataset_size()
        cb = _Params(train_network=self._train_network, epoch_num=epoch, batch_num=batch_num, cur_epoch_num=0,
                     cur_step_num=0, dataset_sink_mode=False, net_outputs=None, optimizer=self._optimizer,
                     train_dataset=train_dataset, loss_fn=self._loss_fn, network=self._network, mode="train")
        ctx = RunContext(cb)
        self._train_network.set_train(True)
        for c in cbs:
            c.on_train_begin(ctx)
        # one iterator for all epochs, as MindSpore's (a shuffled dataset reshuffles each epoch)
        data_iter = train_dataset.create_tuple_iterator(num_epochs=epoch - initial_epoch)
        for e in range(initial_epoch, epoch):
            cb.cur_epoch_num = e + 1
            for c in cbs:
                c.on_train_epoch_begin(ctx)
            for data in data_iter:
                cb.cur_step_num += 1
                for c in cbs:
                    c.on_train_step_begin(ctx)
                cb.net_outputs = self._train_network(*data)
                for c in cbs:
                    c.on_train_step_end(ctx)
                if ctx.get_stop_requested():
                    break
            if valid_dataset is not None and self._metric_fns and (e + 1) % valid_frequency == 0:
                # as MindSpore's fit: the evaluation runs the user's callbacks (their on_eval_* methods);
                # mindspore.train.callback's own ones (LossMonitor, History, ...) except TimeMonitor are left out
                internal = ("Callback", "LossMonitor", "ModelCheckpoint", "FlopsUtilizationCollector",
                            "SummaryCollector", "CheckpointConfig", "RunContext", "LearningRateScheduler",
                            "SummaryLandscape", "History", "LambdaCallback", "ReduceLROnPlateau", "EarlyStopping",
                            "OnRequestExit", "BackupAndRestore", "TrainFaultTolerance")
                cb.metrics = self.eval(valid_dataset, [c for c in cbs if type(c).__name__ not in internal])
                self._train_network.set_train(True)
            for c in cbs:
                c.on_train_epoch_end(ctx)
            if ctx.get_stop_requested():
                break
        for c in cbs:
            c.on_train_end(ctx)

    def fit(self, epoch, train_dataset, valid_dataset=None, valid_frequency=1, callbacks=None,
            dataset_sink_mode=False, valid_dataset_sink_mode=False, sink_size=-1, initial_epoch=0):
        self.train(epoch, train_dataset, callbacks, initial_epoch=initial_epoch, valid_dataset=valid_dataset,
                   valid_frequency=valid_frequency)

    def eval(self, valid_dataset, callbacks=None, dataset_sink_mode=False):
        if not self._metric_fns:
            raise ValueError("For Model.eval, the model argument 'metrics' can not be None or empty, you should set "
                             "the argument 'metrics' for model.")
        for m in self._metric_fns.values():
            m.clear()
        net = self._eval_network
        net.set_train(False)
        cbs = self._callbacks(callbacks)
        cb = _Params(eval_network=net, valid_dataset=valid_dataset, batch_num=valid_dataset.get_dataset_size(),
                     cur_step_num=0, cur_epoch_num=1, net_outputs=None, mode="eval")
        ctx = RunContext(cb)
        for c in cbs:
            c.on_eval_begin(ctx)
        for data in valid_dataset.create_tuple_iterator():
            cb.cur_step_num += 1
            outputs = net(*data)
            if not isinstance(outputs, tuple):
                outputs = (outputs,)
            cb.net_outputs = outputs
            for m in self._metric_fns.values():
                if self._eval_indexes is None:
                    m.update(*outputs)
                elif isinstance(m, Loss):
                    m.update(outputs[self._eval_indexes[0]])
                else:
                    m.update(outputs[self._eval_indexes[1]], outputs[self._eval_indexes[2]])
            for c in cbs:
                c.on_eval_step_end(ctx)
        res = {k: m.eval() for k, m in self._metric_fns.items()}
        cb.metrics = res
        for c in cbs:
            c.on_eval_end(ctx)
        return res

    def predict(self, *predict_data, backend=None, config=None):
        self._network.set_train(False)
        return self._network(*predict_data)
