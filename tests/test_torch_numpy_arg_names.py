"""torch's argument parser accepts NumPy's `axis` / `keepdims` for every `dim` / `keepdim`
(d2l's PyTorch code writes `X.sum(axis=0, keepdims=True)`, `torch.cat(..., axis=1)`)."""
import pytest

import ferrograd.torch as torch

X = torch.arange(12.0).reshape(3, 4)


@pytest.mark.parametrize("numpy_style, torch_style", [
    (lambda: X.sum(axis=0, keepdims=True), lambda: X.sum(dim=0, keepdim=True)),
    (lambda: X.mean(axis=1), lambda: X.mean(dim=1)),
    (lambda: X.max(axis=1).values, lambda: X.max(dim=1).values),
    (lambda: X.min(axis=0, keepdims=True).indices, lambda: X.min(dim=0, keepdim=True).indices),
    (lambda: X.std(axis=0), lambda: X.std(dim=0)),
    (lambda: X.var(axis=1, keepdims=True), lambda: X.var(dim=1, keepdim=True)),
    (lambda: X.all(axis=0), lambda: X.all(dim=0)),
    (lambda: X.any(axis=1), lambda: X.any(dim=1)),
    (lambda: X.cumsum(axis=0), lambda: X.cumsum(dim=0)),
    (lambda: torch.cumsum(X, axis=1), lambda: torch.cumsum(X, dim=1)),
    (lambda: torch.cat((X, X), axis=1), lambda: torch.cat((X, X), dim=1)),
    (lambda: torch.concat((X, X), axis=0), lambda: torch.cat((X, X), dim=0)),
    (lambda: X.argmax(axis=1), lambda: X.argmax(dim=1)),
    (lambda: X.softmax(axis=0), lambda: X.softmax(0)),
    (lambda: X.log_softmax(axis=1), lambda: X.log_softmax(1)),
    (lambda: torch.softmax(X, axis=0), lambda: torch.softmax(X, 0)),
    (lambda: torch.log_softmax(X, axis=1), lambda: X.log_softmax(1)),
    (lambda: X.prod(axis=0, keepdims=True), lambda: X.prod(0, True)),
    (lambda: torch.prod(X, axis=1), lambda: X.prod(1)),
    (lambda: X.amax(axis=0, keepdims=True), lambda: X.amax(0, True)),
    (lambda: torch.amin(X, axis=1), lambda: X.amin(1)),
    (lambda: X.unsqueeze(axis=1), lambda: X.unsqueeze(1)),
    (lambda: X.gather(axis=1, index=torch.tensor([[0], [1], [2]])), lambda: X.gather(1, torch.tensor([[0], [1], [2]]))),
    (lambda: X.index_select(axis=0, index=torch.tensor([2])), lambda: X.index_select(0, torch.tensor([2]))),
    (lambda: torch.stack(X.unbind(axis=1)), lambda: torch.stack(X.unbind(1))),
    (lambda: X.chunk(2, axis=1)[1], lambda: X.chunk(2, 1)[1]),
    (lambda: X.logsumexp(axis=1), lambda: X.logsumexp(1)),
    (lambda: X.median(axis=1).values, lambda: X.median(1).values),
    (lambda: X.cumprod(axis=1), lambda: X.cumprod(1)),
    (lambda: X.topk(2, axis=0).indices, lambda: X.topk(2, 0).indices),
    (lambda: torch.sort(X, axis=0, descending=True).values, lambda: X.sort(0, True).values),
    (lambda: X.argsort(axis=0), lambda: X.argsort(0)),
    (lambda: X.nansum(axis=0), lambda: X.nansum(0)),
    (lambda: torch.count_nonzero(X, axis=0), lambda: torch.count_nonzero(X, 0)),
    (lambda: torch.mode(X, axis=0).values, lambda: torch.mode(X, 0).values),
    (lambda: X.kthvalue(1, axis=0).values, lambda: X.kthvalue(1, 0).values),
    (lambda: torch.std_mean(X, axis=0)[0], lambda: torch.std_mean(X, 0)[0]),
    (lambda: torch.var_mean(X, axis=0, keepdims=True)[1], lambda: torch.var_mean(X, 0, keepdim=True)[1]),
    (lambda: X.logcumsumexp(axis=0), lambda: X.logcumsumexp(0)),
    (lambda: X.cummax(axis=0).values, lambda: X.cummax(0).values),
    (lambda: X.diff(axis=0), lambda: X.diff(dim=0)),
    (lambda: X.repeat_interleave(2, axis=0), lambda: X.repeat_interleave(2, 0)),
    (lambda: torch.nanmean(X, axis=1), lambda: X.nanmean(1)),
    (lambda: torch.narrow(X, axis=0, start=1, length=1), lambda: X.narrow(0, 1, 1)),
    (lambda: torch.select(X, axis=1, index=0), lambda: X.select(1, 0)),
    (lambda: X.quantile(0.5, axis=0), lambda: X.quantile(0.5, 0)),
    (lambda: X.narrow(axis=1, start=1, length=2), lambda: X.narrow(1, 1, 2)),
    (lambda: X.select(axis=0, index=1), lambda: X.select(0, 1)),
])
def test_numpy_names(numpy_style, torch_style):
    a, b = numpy_style(), torch_style()
    assert a.shape == b.shape and a.tolist() == b.tolist()


def test_cumsum_needs_a_dim():
    with pytest.raises(TypeError):
        torch.cumsum(X)


def test_softmax_dtype_and_missing_dim():
    assert X.softmax(0, dtype=torch.float64).dtype == torch.float64
    assert torch.softmax(X, 1, dtype=torch.float64).dtype == torch.float64
    with pytest.raises(TypeError, match="missing 1 required positional arguments"):
        X.softmax()
    with pytest.raises(TypeError, match="missing 1 required positional arguments"):
        X.unsqueeze()


@pytest.mark.filterwarnings("ignore:Using a non-tuple sequence")
def test_list_index_with_slices_is_a_tuple():
    # torch's treatSequenceAsTuple: y[[slice(None), [1, 3]]] is y[:, [1, 3]]
    y = torch.arange(25.0).reshape(5, 5)
    assert y[[slice(None), [1, 3]]].tolist() == y[:, [1, 3]].tolist()
    assert y[[[1, 2], [0, 1]]].tolist() == [5.0, 11.0]
    assert y[[0, 2]].shape == (2, 5)
    z = torch.zeros(5, 5)
    z[[slice(None), [1, 3]]] = 1.0
    assert z.sum().item() == 10.0
