"""Errors of the torch dialect's breadth features (random, RNNs, distributions, optimizers, schedulers,
Conv1d/pooling, extra tensor ops): torch's exception types and messages, recorded from torch 2.15."""
import importlib
import re

import pytest


class _Lazy:
    def __init__(self, name):
        self._name = name

    def __getattr__(self, attr):
        if attr.startswith("_") or attr.startswith("pytest"):
            raise AttributeError(attr)
        return getattr(importlib.import_module(self._name), attr)


torch = _Lazy("ferrograd.torch")
nn = _Lazy("ferrograd.torch.nn")
F = _Lazy("ferrograd.torch.nn.functional")


def _dist(name):
    return getattr(importlib.import_module("ferrograd.torch.distributions"), name)


def Normal(*a, **k):
    return _dist("Normal")(*a, **k)


def Categorical(*a, **k):
    return _dist("Categorical")(*a, **k)


def Bernoulli(*a, **k):
    return _dist("Bernoulli")(*a, **k)


def _rnn_utils(name):
    return getattr(importlib.import_module("ferrograd.torch.nn.utils.rnn"), name)


def pack_padded_sequence(*a, **k):
    return _rnn_utils("pack_padded_sequence")(*a, **k)


def pad_packed_sequence(*a, **k):
    return _rnn_utils("pad_packed_sequence")(*a, **k)


def pad_sequence(*a, **k):
    return _rnn_utils("pad_sequence")(*a, **k)


CASES = {
    'randint_range': (RuntimeError, "random_ expects 'from' to be less than 'to', but got from=5 >= to=5", lambda: torch.randint(5, 5, (2,))),
    'multinomial_noreplace': (RuntimeError, 'cannot sample n_sample > prob_dist.size(-1) samples without replacement', lambda: torch.multinomial(torch.tensor([0.5, 0.5]), 3)),
    'multinomial_neg': (RuntimeError, 'probability tensor contains either `inf`, `nan` or element < 0', lambda: torch.multinomial(torch.tensor([0.5, -0.5]), 1)),
    'multinomial_zero': (RuntimeError, 'invalid multinomial distribution (sum of probabilities <= 0)', lambda: torch.multinomial(torch.tensor([0.0, 0.0]), 1)),
    'multinomial_3d': (RuntimeError, 'prob_dist must be 1 or 2 dim', lambda: torch.multinomial(torch.ones(2, 2, 2), 1)),
    'bernoulli_p': (RuntimeError, 'bernoulli_ expects p to be in [0, 1], but got p=1.5', lambda: torch.empty(3).bernoulli_(1.5)),
    'normal_std': (RuntimeError, 'normal expects std >= 0.0, but found std -1', lambda: torch.empty(3).normal_(0, -1)),
    'uniform_range': (RuntimeError, 'uniform_ expects to return a [from, to) range, but found from=2 > to=1', lambda: torch.empty(3).uniform_(2, 1)),
    'lstm_input_size': (RuntimeError, 'input.size(-1) must be equal to input_size. Expected 3, got 2', lambda: nn.LSTM(3, 4)(torch.randn(5, 1, 2))),
    'lstm_4d': (ValueError, 'LSTM: Expected input to be 2D or 3D, got 4D instead', lambda: nn.LSTM(3, 4)(torch.randn(5, 1, 2, 3))),
    'lstm_hidden': (RuntimeError, 'Expected hidden[0] size (1, 1, 4), got [1, 2, 4]', lambda: nn.LSTM(3, 4)(torch.randn(5, 1, 3), (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4)))),
    'lstm_hidden_dim': (RuntimeError, 'For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors', lambda: nn.LSTM(3, 4)(torch.randn(5, 1, 3), (torch.zeros(2, 4), torch.zeros(2, 4)))),
    'gru_hidden': (RuntimeError, 'Expected hidden size (1, 1, 4), got [1, 1, 5]', lambda: nn.GRU(3, 4)(torch.randn(5, 1, 3), torch.zeros(1, 1, 5))),
    'rnn_3d_hx2d': (RuntimeError, 'For batched 3-D input, hx should also be 3-D but got 2-D tensor', lambda: nn.RNN(3, 4)(torch.randn(5, 1, 3), torch.zeros(1, 4))),
    'rnn_dtype': (ValueError, 'RNN input dtype (torch.float64) does not match weight dtype (torch.float32). Convert input: input.to(torch.float32), or convert model: model.to(torch.float64)', lambda: nn.RNN(3, 4)(torch.randn(5, 1, 3, dtype=torch.float64))),
    'rnn_nonlin': (ValueError, "Unknown nonlinearity 'sigmoid'. Select from 'tanh' or 'relu'.", lambda: nn.RNN(3, 4, nonlinearity='sigmoid')),
    'lstm_proj': (ValueError, 'proj_size has to be smaller than hidden_size', lambda: nn.LSTM(3, 4, proj_size=4)),
    'gru_proj': (ValueError, 'proj_size argument is only supported for LSTM, not RNN or GRU', lambda: nn.GRU(3, 4, proj_size=2)),
    'cell_input': (RuntimeError, 'input has inconsistent input_size: got 5 expected 3', lambda: nn.LSTMCell(3, 4)(torch.randn(2, 5))),
    'cell_3d': (ValueError, 'GRUCell: Expected input to be 1D or 2D, got 3D instead', lambda: nn.GRUCell(3, 4)(torch.randn(2, 5, 3))),
    'cat_both': (ValueError, 'Either `probs` or `logits` must be specified, but not both.', lambda: Categorical(probs=torch.ones(2), logits=torch.ones(2))),
    'cat_0d': (ValueError, '`probs` parameter must be at least one-dimensional.', lambda: Categorical(probs=torch.tensor(1.0))),
    'normal_scale': (ValueError, 'Expected parameter scale (Tensor of shape ()) of distribution Normal(loc: 0.0, scale: -1.0) to satisfy the constraint GreaterThan(lower_bound=0.0), but found invalid values:', lambda: Normal(0.0, -1.0)),
    'bern_probs': (ValueError, 'Expected parameter probs (Tensor of shape (1,)) of distribution Bernoulli(probs: tensor([1.5000])) to satisfy the constraint Interval(lower_bound=0.0, upper_bound=1.0), but found invalid values:', lambda: Bernoulli(probs=torch.tensor([1.5]))),
    'cat_logprob_support': (ValueError, 'Expected value argument (Tensor of shape ()) to be within the support (IntegerInterval(lower_bound=0, upper_bound=2)) of the distribution Categorical(probs: torch.Size([3])), but found invalid values:', lambda: Categorical(probs=torch.ones(3)).log_prob(torch.tensor(5))),
    'normal_logprob_nontensor': (ValueError, 'The value argument to log_prob must be a Tensor', lambda: Normal(0.0, 1.0).log_prob(0.5)),
    'adagrad_lr': (ValueError, 'Invalid learning rate: -1', lambda: torch.optim.Adagrad([torch.zeros(1, requires_grad=True)], lr=-1)),
    'adadelta_rho': (ValueError, 'Invalid rho value: 1.5', lambda: torch.optim.Adadelta([torch.zeros(1, requires_grad=True)], rho=1.5)),
    'adamax_beta': (ValueError, 'Invalid beta parameter at index 0: 1.0', lambda: torch.optim.Adamax([torch.zeros(1, requires_grad=True)], betas=(1.0, 0.9))),
    'nadam_md': (ValueError, 'Invalid momentum_decay value: -1', lambda: torch.optim.NAdam([torch.zeros(1, requires_grad=True)], momentum_decay=-1)),
    'plateau_factor': (ValueError, 'Factor should be < 1.0.', lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1), factor=2.0)),
    'plateau_mode': (ValueError, 'mode x is unknown!', lambda: torch.optim.lr_scheduler.ReduceLROnPlateau(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1), mode='x')),
    'onecycle_steps': (ValueError, 'You must define either total_steps OR (epochs AND steps_per_epoch)', lambda: torch.optim.lr_scheduler.OneCycleLR(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1), max_lr=1.0)),
    'linearlr_factor': (ValueError, 'Starting multiplicative factor expected to be greater than 0 and less or equal to 1.', lambda: torch.optim.lr_scheduler.LinearLR(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1), start_factor=0)),
    'conv1d_channels': (RuntimeError, 'Given groups=1, weight of size [2, 3, 2], expected input[1, 4, 5] to have 3 channels, but got 4 channels instead', lambda: nn.Conv1d(3, 2, 2)(torch.randn(1, 4, 5))),
    'conv1d_groups': (ValueError, 'in_channels must be divisible by groups', lambda: nn.Conv1d(3, 2, 2, groups=2)),
    'conv1d_pad': (ValueError, "Invalid padding string 'full', should be one of {'same', 'valid'}", lambda: nn.Conv1d(3, 2, 2, padding='full')),
    'conv1d_4d': (RuntimeError, 'Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: [1, 3, 5, 5]', lambda: nn.Conv1d(3, 2, 2)(torch.randn(1, 3, 5, 5))),
    'maxpool1d_pad': (RuntimeError, 'max_pool1d() padding should be at most half of kernel size, but got padding=2 and kernel_size=2', lambda: F.max_pool1d(torch.randn(1, 1, 5), 2, padding=2)),
    'bitwise_float': (NotImplementedError, '"bitwise_xor_cpu" not implemented for \'Float\'', lambda: torch.bitwise_xor(torch.tensor([1.0]), torch.tensor([2.0]))),
    'bitwise_not_float': (NotImplementedError, '"bitwise_not_cpu" not implemented for \'Float\'', lambda: torch.bitwise_not(torch.tensor([1.0]))),
    'kthvalue_k': (RuntimeError, 'kthvalue(): selected number k out of range for dimension 0', lambda: torch.kthvalue(torch.tensor([1.0, 2.0]), 3)),
    'repeat_interleave_neg': (RuntimeError, 'Repeats must be non-negative', lambda: torch.arange(3).repeat_interleave(-1)),
    'repeat_interleave_len': (RuntimeError, 'repeats must have the same size as input along dim, but got repeats.size(0) = 2 and input.size(0) = 3', lambda: torch.arange(3).repeat_interleave(torch.tensor([1, 2]))),
    'unfold_size': (RuntimeError, 'maximum size for tensor at dimension 0 is 3 but size is 5', lambda: torch.arange(3).unfold(0, 5, 1)),
    'is_nonzero_many': (RuntimeError, 'Boolean value of Tensor with more than one value is ambiguous', lambda: torch.is_nonzero(torch.tensor([1, 2]))),
    'quantile_q': (RuntimeError, 'quantile() q must be in the range [0, 1] but got 1.5', lambda: torch.quantile(torch.tensor([1.0, 2.0]), 1.5)),
    'quantile_int': (RuntimeError, 'quantile() input tensor must be either float or double dtype', lambda: torch.quantile(torch.tensor([1, 2]), 0.5)),
    'finfo_int': (TypeError, "torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'", lambda: torch.finfo(torch.int64)),
    'iinfo_float': (TypeError, "torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'", lambda: torch.iinfo(torch.float32)),
    'assert_close_shape': (AssertionError, "The values for attribute 'shape' do not match: torch.Size([2]) != torch.Size([3]).", lambda: torch.testing.assert_close(torch.ones(2), torch.ones(3))),
    'assert_close_dtype': (AssertionError, "The values for attribute 'dtype' do not match: torch.float32 != torch.float64.", lambda: torch.testing.assert_close(torch.ones(2), torch.ones(2, dtype=torch.float64))),
    'matrix_power_nonsquare': (RuntimeError, 'linalg.matrix_power: A must be batches of square matrices, but they are 2 by 3 matrices', lambda: torch.matrix_power(torch.ones(2, 3), 2)),
    'generator_seed_float': (RuntimeError, 'manual_seed expected a long, but got float', lambda: torch.Generator().manual_seed(1.5)),
    'randperm_neg': (RuntimeError, 'Trying to create tensor with negative dimension -1: [-1]', lambda: torch.randperm(-1)),
    'random_split_sum': (ValueError, 'Sum of input lengths does not equal the length of the input dataset!', lambda: torch.utils.data.random_split(range(5), [2, 2])),
    'dropout_p': (ValueError, 'dropout probability has to be between 0 and 1, but got 1.5', lambda: F.dropout(torch.ones(2), p=1.5)),
    'rand_float_size': (TypeError, "rand(): argument 'size' (position 1) must be tuple of ints, not float", lambda: torch.rand(2.5)),
    'mha_embed_div': (AssertionError, 'embed_dim must be divisible by num_heads', lambda: nn.MultiheadAttention(5, 2)),
    'mha_embed_zero': (ValueError, 'embed_dim and num_heads must be greater than 0, got embed_dim=0 and num_heads=2 instead', lambda: nn.MultiheadAttention(0, 2)),
    'mha_mask_shape': (RuntimeError, 'The shape of the 2D attn_mask is torch.Size([2, 2]), but should be (3, 3).', lambda: nn.MultiheadAttention(4, 2)(torch.randn(3, 1, 4), torch.randn(3, 1, 4), torch.randn(3, 1, 4), attn_mask=torch.zeros(2, 2))),
    'mha_causal_no_mask': (RuntimeError, 'Need attn_mask if specifying the is_causal hint. You may use the Transformer module method `generate_square_subsequent_mask` to create this mask.', lambda: nn.MultiheadAttention(4, 2)(torch.randn(3, 1, 4), torch.randn(3, 1, 4), torch.randn(3, 1, 4), is_causal=True)),
    'sdpa_causal_and_mask': (RuntimeError, '_scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True', lambda: F.scaled_dot_product_attention(torch.randn(1, 2, 3), torch.randn(1, 2, 3), torch.randn(1, 2, 3), attn_mask=torch.ones(2, 2, dtype=torch.bool), is_causal=True)),
    'enc_activation': (RuntimeError, 'activation should be relu/gelu, not tanh', lambda: nn.TransformerEncoderLayer(4, 2, activation='tanh')),
    'pack_unsorted': (RuntimeError, '`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you d', lambda: pack_padded_sequence(torch.randn(3, 2, 1), [1, 3])),
    'pack_zero_len': (RuntimeError, "Length of all samples has to be greater than 0, but found an element in 'lengths' that is <= 0", lambda: pack_padded_sequence(torch.randn(3, 2, 1), [3, 0])),
    'pad_packed_total': (ValueError, 'Expected total_length to be at least the length of the longest sequence in input, but got total_length=2 and max sequence length being 3', lambda: pad_packed_sequence(pack_padded_sequence(torch.randn(3, 2, 1), [3, 2]), total_length=2)),
    'pad_sequence_side': (RuntimeError, 'Expected padding_side to be one of left or right, but got middle.', lambda: pad_sequence([torch.ones(2)], padding_side='middle')),
    'groupnorm_div': (ValueError, 'num_channels (4) must be divisible by num_groups (3)', lambda: nn.GroupNorm(3, 4)),
    'group_norm_fn': (RuntimeError, 'Expected number of channels in input to be divisible by num_groups, but got input of shape [2, 4, 3] and num_groups=3', lambda: F.group_norm(torch.randn(2, 4, 3), 3)),
    'glu_odd': (RuntimeError, 'Halving dimension must be even, but dimension 0 is size 3', lambda: F.glu(torch.randn(3))),
    'pixel_shuffle_div': (RuntimeError, "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=3 is not divisible by 4", lambda: F.pixel_shuffle(torch.randn(1, 3, 2, 2), 2)),
    'interp_both': (ValueError, 'only one of size or scale_factor should be defined', lambda: F.interpolate(torch.randn(1, 1, 2, 2), size=3, scale_factor=2)),
    'interp_none': (ValueError, 'either size or scale_factor should be defined', lambda: F.interpolate(torch.randn(1, 1, 2, 2))),
    'interp_align_nearest': (ValueError, 'align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear', lambda: F.interpolate(torch.randn(1, 1, 2, 2), scale_factor=2, align_corners=True)),
    'reflect_too_big': (RuntimeError, 'Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (4, 4) at dimension 2 of input [1, 1, 3]', lambda: nn.ReflectionPad1d(4)(torch.randn(1, 1, 3))),
    'embbag_2d_offsets': (ValueError, "if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences. However, found offsets of type <class 'torch.Tensor'>", lambda: F.embedding_bag(torch.tensor([[1, 2]]), torch.randn(5, 2), torch.tensor([0]))),
    'embbag_mode': (ValueError, 'mode has to be one of sum, mean or max', lambda: nn.EmbeddingBag(5, 2, mode='median')(torch.tensor([[1, 2]]))),
    'dropout1d_dim': (RuntimeError, 'dropout1d: Expected 2D or 3D input, but received a 4D input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch d', lambda: F.dropout1d(torch.randn(2, 3, 4, 5))),
    'dropout2d_p': (ValueError, 'dropout probability has to be between 0 and 1, but got 2.0', lambda: nn.Dropout2d(p=2.0)),
    'gaussian_nll_neg_var': (ValueError, 'var has negative entry/entries', lambda: F.gaussian_nll_loss(torch.ones(2), torch.ones(2), -torch.ones(2))),
    'hardtanh_vals': (AssertionError, 'max_val (0.0) must be greater than min_val (1.0)', lambda: nn.Hardtanh(1.0, 0.0)),
    'softmax2d_dim': (ValueError, 'Softmax2d: expected input to be 3D or 4D, got 2D instead', lambda: nn.Softmax2d()(torch.randn(2, 2))),
    'rnn_cell_nonlin': (RuntimeError, 'Unknown nonlinearity: gelu', lambda: nn.RNNCell(2, 3, nonlinearity='gelu')(torch.randn(1, 2))),
    'conv1d_strided_same': (ValueError, "padding='same' is not supported for strided convolutions", lambda: nn.Conv1d(2, 2, 3, stride=2, padding='same')),
    'dist_normal_validate': (ValueError, 'Expected parameter scale (Tensor of shape (1,)) of distribution Normal(loc: tensor([0.]), scale: tensor([0.])) to satisfy the constraint GreaterThan(lower_bound=0.0), but found invalid values:', lambda: torch.distributions.Normal(torch.tensor([0.0]), torch.tensor([0.0]))),
    'categorical_logits_0d': (ValueError, '`logits` parameter must be at least one-dimensional.', lambda: torch.distributions.Categorical(logits=torch.tensor(0.0))),
    'uniform_low_high': (ValueError, 'Expected parameter low (Tensor of shape ()) of distribution Uniform(low: 1.0, high: 0.0) to satisfy the constraint LessThan(upper_bound=0.0), but found invalid values:', lambda: torch.distributions.Uniform(1.0, 0.0)),
    'kl_unknown': (NotImplementedError, 'The cross KL-divergence between different exponential families cannot                             be computed using Bregman divergences', lambda: torch.distributions.kl_divergence(torch.distributions.Normal(0.0, 1.0), torch.distributions.Bernoulli(0.5))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_error(name):
    exc, msg, fn = CASES[name]
    with pytest.raises(exc, match="^" + re.escape(msg)):
        fn()
