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
])
def test_numpy_names(numpy_style, torch_style):
    a, b = numpy_style(), torch_style()
    assert a.shape == b.shape and a.tolist() == b.tolist()


def test_cumsum_needs_a_dim():
    with pytest.raises(TypeError):
        torch.cumsum(X)
