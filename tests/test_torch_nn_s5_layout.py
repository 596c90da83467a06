"""torch.nn / optim / distributions class paths as torch 2.15 prints them (type(m)), pickling of whole
models outside `ferrograd run`, and names that must stay functions (nn.utils.spectral_norm ...)."""
import pickle

import pytest

import ferrograd.torch as torch
from ferrograd.torch import nn

# type(x).__module__ + "." + __qualname__ as real torch 2.15 gives them
TORCH_PATHS = """torch.nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss torch.nn.modules.batchnorm.BatchNorm2d
torch.nn.modules.loss.CTCLoss torch.nn.modules.channelshuffle.ChannelShuffle torch.nn.modules.conv.Conv2d
torch.nn.modules.conv.ConvTranspose2d torch.nn.modules.distance.CosineSimilarity torch.nn.modules.dropout.Dropout2d
torch.nn.modules.sparse.Embedding torch.nn.modules.flatten.Flatten torch.nn.modules.fold.Fold
torch.nn.modules.pooling.FractionalMaxPool2d torch.nn.modules.normalization.GroupNorm
torch.nn.modules.instancenorm.InstanceNorm1d torch.nn.modules.rnn.LSTM torch.nn.modules.batchnorm.LazyBatchNorm1d
torch.nn.modules.conv.LazyConv2d torch.nn.modules.linear.LazyLinear torch.nn.modules.linear.Linear
torch.nn.modules.loss.MarginRankingLoss torch.nn.modules.pooling.MaxUnpool2d torch.nn.modules.module.Module
torch.nn.modules.activation.MultiheadAttention torch.nn.modules.container.ParameterList
torch.nn.modules.pixelshuffle.PixelShuffle torch.nn.modules.normalization.RMSNorm
torch.nn.modules.container.Sequential torch.nn.modules.transformer.TransformerEncoderLayer
torch.nn.parameter.UninitializedParameter torch.nn.modules.upsampling.Upsample torch.nn.modules.padding.ZeroPad2d
torch.optim.asgd.ASGD torch.optim.adadelta.Adadelta torch.optim.Adafactor torch.optim.adagrad.Adagrad
torch.optim.adam.Adam torch.optim.adamw.AdamW torch.optim.adamax.Adamax torch.optim.lbfgs.LBFGS
torch.optim.nadam.NAdam torch.optim.radam.RAdam torch.optim.rmsprop.RMSprop torch.optim.rprop.Rprop
torch.optim.sgd.SGD torch.optim.sparse_adam.SparseAdam torch.optim.lr_scheduler.CyclicLR
torch.optim.lr_scheduler.OneCycleLR torch.optim.lr_scheduler.ReduceLROnPlateau
torch.optim.lr_scheduler.SequentialLR torch.optim.lr_scheduler.StepLR
torch.distributions.normal.Normal torch.distributions.gamma.Gamma torch.distributions.transforms.ExpTransform
torch.distributions.constraints._GreaterThan""".split()


@pytest.mark.parametrize("path", TORCH_PATHS)
def test_class_paths_as_torch(path):
    mod, name = path.rsplit(".", 1)
    ns = {"nn": nn, "optim": torch.optim, "lr_scheduler": torch.optim.lr_scheduler,
          "distributions": torch.distributions, "constraints": torch.distributions.constraints}
    owner = mod.split(".")[1] if mod.split(".")[1] != "optim" else "optim"
    if mod.startswith("torch.optim.lr_scheduler"):
        owner = "lr_scheduler"
    elif mod.startswith("torch.distributions"):
        owner = "constraints" if name.startswith("_") else "distributions"
    cls = getattr(ns[owner], name)
    assert f"{cls.__module__}.{cls.__qualname__}" == path


def test_whole_model_pickles_outside_run():
    torch.manual_seed(0)
    m = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.LazyLinear(3),
                      nn.ConvTranspose2d(1, 1, 2), nn.Module())
    m2 = pickle.loads(pickle.dumps(m))
    assert repr(m2) == repr(m) and type(m2[4]).__name__ == "LazyLinear"
    assert torch.equal(m2[0].weight, m[0].weight)
    o = pickle.loads(pickle.dumps(torch.optim.Adagrad(m[0].parameters())))
    assert type(o) is torch.optim.Adagrad


def test_names_that_shadow_submodules_stay_functions():
    assert callable(nn.utils.spectral_norm) and callable(nn.utils.weight_norm)
    assert nn.utils.__name__.endswith("torch.nn.utils")
    assert nn.modules.conv._ConvNd is type(nn.Conv2d(1, 1, 1)).__mro__[1]
    assert nn.modules.batchnorm._BatchNorm in type(nn.BatchNorm1d(2)).__mro__


def test_legacy_reduction_args_of_margin_losses():
    # torch 2.15: MarginRankingLoss(size_average=False).reduction == 'sum' (reduce=False -> 'none')
    assert nn.MarginRankingLoss(size_average=False).reduction == "sum"
    assert nn.HingeEmbeddingLoss(reduce=False).reduction == "none"
    assert nn.MultiMarginLoss(size_average=False).reduction == "sum"


def test_scheduler_module_matches_lr_scheduler_name():
    # d2l 12.11: `scheduler.__module__ == lr_scheduler.__name__` tells built-in schedulers apart (True in torch)
    from ferrograd.torch.optim import lr_scheduler

    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.5)
    s = lr_scheduler.MultiStepLR(opt, milestones=[15, 30], gamma=0.5)
    assert s.__module__ == lr_scheduler.__name__ == "torch.optim.lr_scheduler"
    assert type(pickle.loads(pickle.dumps(s))) is lr_scheduler.MultiStepLR
