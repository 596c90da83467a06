# torch.optim.NAdam: torch's single-tensor (CPU) update (float32 step and mu_product tensors).
from ... import _core
from .optimizer import Optimizer, _addcmul, _check, _decayed, _fma_add, _lerp_, _scalar, _step0, _zeros


class NAdam(Optimizer):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False,
                 differentiable=False):
        _check(lr, eps, weight_decay, betas)
        if not 0.0 <= momentum_decay:
            raise ValueError(f"Invalid momentum_decay value: {momentum_decay}")
        defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay,
                    "momentum_decay": momentum_decay, "decoupled_weight_decay": decoupled_weight_decay,
                    "maximize": maximize, "foreach": foreach, "capturable": capturable,
                    "differentiable": differentiable}
        super().__init__(params, defaults)

    def _step_group(self, group):
        lr = _scalar(group["lr"])
        beta1, beta2 = group["betas"]
        eps, md = group["eps"], group["momentum_decay"]

        def init(p):
            return {"step": _step0(), "mu_product": _core.tensor(1.0, None, False, 0).float(),
                    "exp_avg": _zeros(p), "exp_avg_sq": _zeros(p)}

        for p, state, grad in self._grads(group, init):
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            mu_product, step_t = state["mu_product"], state["step"]
            step_t._assign(step_t + 1)
            step = step_t.item()
            bias_correction2 = 1 - beta2 ** step
            grad = _decayed(grad, p, group, lr)
            mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * md)))
            mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * md)))
            mu_product._assign(mu_product * mu)
            _lerp_(exp_avg, grad, 1 - beta1)
            exp_avg_sq._assign(exp_avg_sq * beta2)
            _addcmul(exp_avg_sq, grad, grad, 1 - beta2)
            denom = (exp_avg_sq / bias_correction2).sqrt()
            mp = mu_product.item()
            mu_product_next = mp * mu_next
            denom = denom + eps
            _fma_add(p, grad / denom, -lr * (1.0 - mu) / (1.0 - mp))
            _fma_add(p, exp_avg / denom, (-lr * mu_next) / (1.0 - mu_product_next))
