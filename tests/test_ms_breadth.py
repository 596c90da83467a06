"""MindSpore dialect breadth: error cases of the layers, losses, learning-rate helpers and
optimizers added for the tutorials (Conv2d/pooling/BatchNorm/LayerNorm/Embedding/RNNs, dynamic lr,
Adagrad/RMSProp, ops.pad/kl_div/huber_loss). Exception types and messages are the ones real
MindSpore 2.10 raises for the same calls (message checked up to the first line, 150 chars)."""
import numpy as np
import pytest

CASES = [
    ("nn.Conv2d(1, 2, 3, pad_mode='full')", 'ValueError', "For 'Conv2D', the 'pad_mode' must be str and must be in '['valid', 'same', 'pad']', but got 'full'."),
    ('nn.Conv2d(1, 2, 3, padding=1)', 'ValueError', "For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not 'pad', but got 'pad': 1 and 'pad_mode': same."),
    ('nn.Conv2d(3, 2, 3, group=2)', 'ValueError', "The argument 'group' should be divisible by 'in_channels' and 'out_channels', but got group:2, in_channels:3, out_channels:2."),
    ('nn.Conv2d(1, 2, 3)(Tensor(np.ones((1, 1, 4), np.float32)))', 'ValueError', 'For primitive[Conv2D], the x shape size must be equal to 4, but got 3.'),
    ('nn.Dropout(keep_prob=0.0)', 'ValueError', "For 'Dropout', the 'keep_prob' must be a number in range (0, 1], but got 0.0."),
    ('nn.Dropout(p=1.0)', 'ValueError', "For 'Dropout', the 'p' must be a number in range [0, 1), but got 1.0."),
    ('nn.Dropout(keep_prob=1)', 'TypeError', "For 'Dropout', the type of 'keep_prob' should be 'float', but got type 'int'."),
    ('nn.MaxPool2d(2, 2, padding=1)', 'ValueError', "For MaxPool2d, the parameter 'padding', 'dilation', 'return_indices', 'ceil_mode' can not be set to non-default value when pad_mode is not 'pad', but"),
    ('nn.MaxPool2d(0)', 'ValueError', "For 'MaxPool2d', the 'kernel_size' must be an positive int number or a tuple, but got 0"),
    ("nn.MaxPool2d(2, pad_mode='full')", 'ValueError', "For 'MaxPool2d', the 'pad_mode' must be str and must be in '['VALID', 'SAME', 'PAD']', but got 'FULL'."),
    ('nn.BatchNorm2d(0)', 'ValueError', "For 'BatchNorm2d', the 'num_features' must be at least 1, but got 0."),
    ('nn.BatchNorm2d(2, momentum=1.5)', 'ValueError', "For 'BatchNorm2d', the 'momentum' must be a number in range [0, 1], but got 1.5."),
    ('nn.BatchNorm2d(2)(Tensor(np.ones((2, 2, 3), np.float32)))', 'ValueError', "For 'BatchNorm2d', the in_shape must have 4 dims, but got 3."),
    ('nn.BatchNorm1d(2)(Tensor(np.ones((2, 2, 3, 3), np.float32)))', 'ValueError', "For 'BatchNorm1d', the must have 2 dims or 3 dims, but got 4."),
    ('nn.LayerNorm(4)', 'TypeError', "For 'LayerNorm', the type of 'normalized_shape' must be tuple[int] or list[int], but got 4 and the type is <class 'int'>."),
    ('nn.LayerNorm(())', 'ValueError', 'Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = ()'),
    ('nn.GroupNorm(3, 4)', 'ValueError', "For 'GroupNorm', the 'num_channels' must be divided by 'num_groups', but got 'num_channels': 4, 'num_groups': 3."),
    ('nn.Embedding(5.0, 3)', 'TypeError', "For 'Embedding', the type of 'vocab_size' should be 'int', but got type 'float'."),
    ('nn.piecewise_constant_lr([2, 5], [0.1])', 'ValueError', "For 'piecewise_constant_lr', the size of 'milestone' must be same with the size of 'learning_rates', but got 'milestone' size: 2, 'learning_rates' siz"),
    ('nn.piecewise_constant_lr([5, 2], [0.1, 0.2])', 'ValueError', "For 'piecewise_constant_lr', the value of milestone[1] must be greater than milestone[0], but got milestone[1]: 2, milestone[0]: 5."),
    ('nn.exponential_decay_lr(0.1, 0.9, 0, 2, 2)', 'ValueError', "The 'total_step' must be int and must > 0, but got '0' with type 'int'."),
    ('nn.exponential_decay_lr(1, 0.9, 6, 2, 2)', 'TypeError', "The 'learning_rate' must be float, but got 'int'"),
    ('nn.cosine_decay_lr(0.1, 0.01, 6, 2, 2)', 'ValueError', "For 'cosine_decay_lr', the 'max_lr' must be greater than the 'min_lr', but got 'max_lr' value: 0.01, 'min_lr' value: 0.1."),
    ('nn.CosineDecayLR(0.1, 0.01, 4)', 'ValueError', "For 'CosineDecayLR', the 'max_lr' must be greater than the 'min_lr', but got 'max_lr' value: 0.01, 'min_lr' value: 0.1."),
    ('nn.ExponentialDecayLR(0.1, 0.9, 0)', 'ValueError', "For 'ExponentialDecayLR', the 'decay_steps' must be int and must > 0, but got '0' with type 'int'."),
    ('nn.WarmUpLR(1, 4)', 'TypeError', "For 'WarmUpLR', the argument 'learning_rate' must be type of float, but got 'learning_rate' type: <class 'int'>."),
    ("ops.kl_div(Tensor([1.0]), Tensor([1.0]), 'bad')", 'ValueError', "For 'KLDivLoss', the 'reduction' must be str and must be in '['none', 'mean', 'batchmean', 'sum']', but got 'bad'."),
    ('ops.huber_loss(Tensor([1.0]), Tensor([1.0]), delta=0.0)', 'ValueError', "For 'huber_loss', the argument 'delta' must > 0.0, but got 0.0."),
    ('nn.CosineEmbeddingLoss(margin=2.0)', 'ValueError', "For 'CosineEmbeddingLoss', the 'margin' must be in range of [-1.0, 1.0], but got 2.0 with type 'float'."),
    ('nn.LSTM(3, 4, dropout=1.5)', 'ValueError', "For 'LSTM', the 'dropout' must be a number in range [0, 1) representing the probability of an element being zeroed, but got 1.5."),
    ('nn.LSTM(3, 0)', 'ValueError', "For 'LSTM', the 'hidden_size' must be int and must > 0, but got '0' with type 'int'."),
    ("ops.pad(Tensor([[1.0]]), (1, 1), mode='bad')", 'ValueError', "For 'PadV3', the 'mode' must be str and must be in '['constant', 'reflect', 'edge', 'circular']', but got 'bad'."),
    ("nn.RNN(3, 4, nonlinearity='sigmoid')", 'ValueError', "For 'RNN', the 'nonlinearity' must be in ['tanh', 'relu'], but got sigmoid."),
    ("nn.Adagrad([mindspore.Parameter(Tensor([1.0]), name='w')], accum=-1.0)", 'ValueError', "For 'Adagrad', the 'accum' must be float and must >= 0, but got '-1.0' with type 'float'."),
    ("nn.RMSProp([mindspore.Parameter(Tensor([1.0]), name='w')], epsilon=0.0)", 'ValueError', "For 'RMSProp', the 'epsilon' must be float and must > 0, but got '0.0' with type 'float'."),
]


@pytest.mark.parametrize("stmt,etype,msg", CASES, ids=[c[0][:40] for c in CASES])
def test_error(stmt, etype, msg):
    import ferrograd.mindspore as mindspore
    from ferrograd.mindspore import Tensor, nn, ops

    env = {"np": np, "mindspore": mindspore, "nn": nn, "ops": ops, "Tensor": Tensor}
    with pytest.raises(Exception) as ei:
        exec(stmt, env)
    assert type(ei.value).__name__ == etype
    assert str(ei.value)[:150].split("\n")[0].rstrip() == msg.rstrip()
