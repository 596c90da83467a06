# interpolate, Upsample and grid resampling (affine_grid, grid_sample).
__all__ = ["Upsample", "UpsamplingNearest2d", "UpsamplingBilinear2d"]
import math
import warnings

from .... import _core
from .. import functional as F
from .module import Module
from .utils import _torch


def _src_index(out_size, in_size, align_corners, scale):
    import numpy as np

    i = np.arange(out_size, dtype=np.float64)
    if align_corners:
        return i * ((in_size - 1) / (out_size - 1)) if out_size > 1 else np.zeros(out_size)
    s = (1.0 / scale) if scale is not None else in_size / out_size
    return np.maximum((i + 0.5) * s - 0.5, 0.0)


def _linear_axis(x, dim, out_size, align_corners, scale):
    import numpy as np

    n = x.shape[dim]
    src = _src_index(out_size, n, align_corners, scale).astype(np.float32 if x.dtype._fg == "float32" else np.float64)
    i0 = np.minimum(np.floor(src).astype(np.int64), n - 1)
    i1 = np.minimum(i0 + 1, n - 1)
    lam = (src - i0).astype(src.dtype)
    a = x.index_select(dim, _core.tensor(i0, None, False, 0))
    b = x.index_select(dim, _core.tensor(i1, None, False, 0))
    shape = [1] * x.dim()
    shape[dim] = out_size
    l1 = _core.tensor(lam.reshape(shape), x.dtype, False, 0)
    l0 = _core.tensor((1 - lam).astype(src.dtype).reshape(shape), x.dtype, False, 0)
    return a * l0 + b * l1


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None,
                antialias=False):
    import numpy as np

    sp = input.dim() - 2
    if size is None and scale_factor is None:
        raise ValueError("either size or scale_factor should be defined")
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if mode in ("nearest", "area", "nearest-exact") and align_corners is not None:
        raise ValueError("align_corners option can only be set with the interpolating modes: linear | bilinear | "
                         "bicubic | trilinear")
    in_sizes = list(input.shape[2:])
    if size is not None:
        out = list(size) if isinstance(size, (tuple, list)) else [size] * sp
        scales = [None] * sp
    else:
        sf = list(scale_factor) if isinstance(scale_factor, (tuple, list)) else [scale_factor] * sp
        out = [int(math.floor(n * s)) for n, s in zip(in_sizes, sf)]
        scales = [None] * sp if recompute_scale_factor else sf
    x = input
    if mode in ("nearest", "nearest-exact"):
        for k in range(sp):
            d, n, o = 2 + k, in_sizes[k], out[k]
            s = (1.0 / scales[k]) if scales[k] is not None else n / o
            i = np.arange(o, dtype=np.float64)
            idx = np.floor(i * s) if mode == "nearest" else np.floor((i + 0.5) * s)
            idx = np.minimum(idx.astype(np.int64), n - 1)
            x = x.index_select(d, _core.tensor(idx, None, False, 0))
        kind = "NearestExact" if mode == "nearest-exact" else "Nearest"
        return x._named(f"Upsample{kind}{sp}DBackward0") if x is not input else x
    if mode in ("linear", "bilinear", "trilinear"):
        want = {"linear": 1, "bilinear": 2, "trilinear": 3}[mode]
        if sp != want:
            raise NotImplementedError(f"Got {input.dim()}D input, but {mode} mode needs {want + 2}D input")
        ac = bool(align_corners)
        for k in range(sp):
            x = _linear_axis(x, 2 + k, out[k], ac, scales[k])
        return x._named(f"Upsample{mode.capitalize()}{sp}DBackward0")
    raise NotImplementedError(f"ferrograd: interpolate mode {mode!r} is not supported")


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    return interpolate(input, size, scale_factor, mode, align_corners)


class Upsample(Module):
    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None):
        super().__init__()
        self.name = type(self).__name__
        self.size = size
        self.scale_factor = float(scale_factor) if isinstance(scale_factor, (int, float)) else (
            tuple(float(f) for f in scale_factor) if scale_factor else None)
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def forward(self, input):
        return interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                           recompute_scale_factor=self.recompute_scale_factor)

    def extra_repr(self):
        if self.scale_factor is not None:
            info = "scale_factor=" + repr(self.scale_factor)
        else:
            info = "size=" + repr(self.size)
        return info + ", mode=" + repr(self.mode)


class UpsamplingNearest2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    def __init__(self, size=None, scale_factor=None):
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)


def affine_grid(theta, size, align_corners=None):
    torch = _torch()
    if align_corners is None:
        align_corners = False
    if not theta.is_floating_point():
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    size_arg = size
    size = list(size)
    if len(size) == 4:
        if theta.dim() != 3 or theta.shape[-2] != 2 or theta.shape[-1] != 3:
            raise ValueError(f"Expected a batch of 2D affine matrices of shape Nx2x3 for size {size}. "
                             f"Got {list(theta.shape)}.")
        spatial = size[-2:]
    elif len(size) == 5:
        if theta.dim() != 3 or theta.shape[-2] != 3 or theta.shape[-1] != 4:
            raise ValueError(f"Expected a batch of 3D affine matrices of shape Nx3x4 for size {size}. "
                             f"Got {list(theta.shape)}.")
        spatial = size[-3:]
    else:
        raise NotImplementedError(f"affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  f"respectively. Got size {size_arg}.")
    if min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")

    def lin(n):
        if n <= 1:
            return torch.zeros(max(n, 1), dtype=theta.dtype)
        r = torch.linspace(-1, 1, n, dtype=theta.dtype)
        if not align_corners:
            r = r * (n - 1) / n
        return r

    N = size[0]
    if len(size) == 4:
        H, W = spatial
        xs = lin(W).reshape(1, W, 1).expand(H, W, 1)
        ys = lin(H).reshape(H, 1, 1).expand(H, W, 1)
        base = torch.cat([xs, ys, torch.ones(H, W, 1, dtype=theta.dtype)], -1)  # H, W, 3
        grid = base.reshape(1, H * W, 3) @ theta.transpose(1, 2)  # N, HW, 2
        grid = grid.reshape(N, H, W, 2)
        return grid._named("AffineGridGeneratorBackward0") if grid.requires_grad else grid
    D, H, W = spatial
    xs = lin(W).reshape(1, 1, W, 1).expand(D, H, W, 1)
    ys = lin(H).reshape(1, H, 1, 1).expand(D, H, W, 1)
    zs = lin(D).reshape(D, 1, 1, 1).expand(D, H, W, 1)
    base = torch.cat([xs, ys, zs, torch.ones(D, H, W, 1, dtype=theta.dtype)], -1)
    grid = base.reshape(1, D * H * W, 4) @ theta.transpose(1, 2)
    grid = grid.reshape(N, D, H, W, 3)
    return grid._named("AffineGridGeneratorBackward0") if grid.requires_grad else grid


def _unnormalize(coord, size, align_corners):
    if align_corners:
        return (coord + 1) / 2 * (size - 1)
    return ((coord + 1) * size - 1) / 2


def _reflect(coord, lo2, hi2):
    torch = _torch()
    if lo2 == hi2:
        return torch.zeros_like(coord)
    mn = lo2 / 2
    span = (hi2 - lo2) / 2
    c = (coord - mn).abs()
    extra = torch.fmod(c, span) if hasattr(torch, "fmod") else c - (c / span).floor() * span
    flips = (c / span).floor()
    even = (flips % 2) == 0
    return torch.where(even, extra + mn, span - extra + mn)


def grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=None):
    """2-D grid_sample (bilinear / nearest; zeros / border / reflection), differentiable wrt input and grid."""
    torch = _torch()
    if mode not in ("bilinear", "nearest", "bicubic"):
        raise ValueError(f"nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         f"but got: '{mode}'")
    if padding_mode not in ("zeros", "border", "reflection"):
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or "
                         f"'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        align_corners = False
    if input.dim() == 4 and grid.dim() == 4 and grid.shape[-1] != 2:
        raise RuntimeError("grid_sampler(): expected grid to have size 2 in last dimension, but got grid with "
                           f"sizes {list(grid.shape)}")
    if input.dim() != 4:
        raise NotImplementedError("ferrograd: grid_sample supports 4-D input only")
    if mode == "bicubic":
        raise NotImplementedError("ferrograd: grid_sample mode='bicubic' is not implemented")
    N, C, H, W = input.shape
    Ho, Wo = grid.shape[1], grid.shape[2]
    gx = _unnormalize(grid[..., 0], W, align_corners)
    gy = _unnormalize(grid[..., 1], H, align_corners)
    if padding_mode == "border":
        gx = gx.clamp(0, W - 1)
        gy = gy.clamp(0, H - 1)
    elif padding_mode == "reflection":
        if align_corners:
            gx = _reflect(gx, 0, 2 * (W - 1))
            gy = _reflect(gy, 0, 2 * (H - 1))
        else:
            gx = _reflect(gx, -1, 2 * W - 1)
            gy = _reflect(gy, -1, 2 * H - 1)
        gx = gx.clamp(0, W - 1)
        gy = gy.clamp(0, H - 1)
    flat = input.reshape(N, C, H * W)

    def gather(ix, iy):
        # ix, iy: (N, Ho, Wo) integer-valued float tensors; zero outside
        valid = (ix >= 0) & (ix <= W - 1) & (iy >= 0) & (iy <= H - 1)
        ixc = ix.clamp(0, W - 1).long()
        iyc = iy.clamp(0, H - 1).long()
        idx = (iyc * W + ixc).reshape(N, 1, Ho * Wo).expand(N, C, Ho * Wo)
        vals = flat.gather(2, idx).reshape(N, C, Ho, Wo)
        return vals * valid.unsqueeze(1).to(input.dtype)

    if mode == "nearest":
        ix = torch.round(gx) if hasattr(torch, "round") else (gx + 0.5).floor()
        iy = torch.round(gy) if hasattr(torch, "round") else (gy + 0.5).floor()
        out = gather(ix.detach(), iy.detach())
        return out._named("GridSampler2DBackward0") if out.requires_grad else out
    x0 = gx.floor().detach()
    y0 = gy.floor().detach()
    x1 = x0 + 1
    y1 = y0 + 1
    wx1 = gx - x0
    wx0 = x1 - gx
    wy1 = gy - y0
    wy0 = y1 - gy
    out = (gather(x0, y0) * (wx0 * wy0).unsqueeze(1) + gather(x1, y0) * (wx1 * wy0).unsqueeze(1)
           + gather(x0, y1) * (wx0 * wy1).unsqueeze(1) + gather(x1, y1) * (wx1 * wy1).unsqueeze(1))
    return out._named("GridSampler2DBackward0") if out.requires_grad else out


def upsample_nearest(input, size=None, scale_factor=None):
    warnings.warn("`nn.functional.upsample_nearest` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return F.interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    warnings.warn("`nn.functional.upsample_bilinear` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return F.interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)
