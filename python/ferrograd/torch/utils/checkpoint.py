# torch.utils.checkpoint: activation checkpointing.  The engine keeps the forward's saved tensors instead of
# recomputing them, so the results and gradients are the same; the reentrant variant's no-grad-input case is kept.
import contextlib
import warnings

from ... import _core


def noop_context_fn():
    return contextlib.nullcontext(), contextlib.nullcontext()


def checkpoint(function=None, *args, use_reentrant=None, preserve_rng_state=True, context_fn=noop_context_fn,
               determinism_check="default", debug=False, early_stop=True, respect_saved_tensors_hooks=None, **kwargs):
    if use_reentrant is None:
        warnings.warn("torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. In a future "
                      "release, calling checkpoint without use_reentrant will raise an exception. use_reentrant=False "
                      "is recommended, but if you need to preserve the current default behavior, you can pass "
                      "use_reentrant=True. Refer to docs for more details on the differences between the two "
                      "variants.", stacklevel=2)
        use_reentrant = True
    if use_reentrant:
        if kwargs:
            raise ValueError("Unexpected keyword arguments: " + ",".join(kwargs))
        if not any(isinstance(a, _core.Tensor) and a.requires_grad for a in args):
            warnings.warn("None of the inputs have requires_grad=True. Gradients will be None", stacklevel=2)
            prev = _core.set_grad_enabled(False)
            try:
                return function(*args)
            finally:
                _core.set_grad_enabled(prev)
    return function(*args, **kwargs)


def checkpoint_sequential(functions, segments, input, use_reentrant=None, **kwargs):
    fns = list(functions.children()) if hasattr(functions, "children") else list(functions)
    size = len(fns) // segments
    end = -1
    for start in range(0, size * (segments - 1), size):
        end = start + size - 1
        input = checkpoint(_run_span(fns, start, end), input, use_reentrant=use_reentrant, **kwargs)
    return _run_span(fns, end + 1, len(fns) - 1)(input)


def _run_span(fns, start, end):
    def forward(x):
        for f in fns[start:end + 1]:
            x = f(x)
        return x

    return forward
