# mindspore.train: Model, callbacks and metrics.
from . import callback, metrics  # noqa: F401
from .callback import (  # noqa: F401
    Callback, CheckpointConfig, EarlyStopping, History, LambdaCallback, LossMonitor, ModelCheckpoint, RunContext,
    TimeMonitor,
)
from .metrics import (  # noqa: F401
    MAE, MSE, Accuracy, Loss, Metric, Top1CategoricalAccuracy, Top5CategoricalAccuracy, TopKCategoricalAccuracy,
    get_metric_fn,
)
from .model import Model  # noqa: F401
from .. import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: F401
from .._loss_scale import DynamicLossScaleManager, FixedLossScaleManager, LossScaleManager  # noqa: F401,E402
from .metrics import CosineSimilarity, Dice, F1, Fbeta, Perplexity, Precision, Recall  # noqa: F401,E402
from .callback import LearningRateScheduler, ReduceLROnPlateau  # noqa: F401,E402
from .. import _alias_modules  # noqa: E402

_alias_modules(__name__.rsplit(".", 1)[0], (("", "train.serialization"), ("amp", "train.loss_scale_manager")))
