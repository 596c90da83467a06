"""torch's seeded CPU samplers (Rust ferrograd_core::torch_normal + mt19937): bytes recorded once from real torch."""
import hashlib

import pytest

import ferrograd.torch as torch

# (seed, case, bytes as hex or sha1 of the bytes) recorded from torch 2.x on an AVX2 CPU
GOLDEN = [
    (0, 'randn3', '5c3fc53f503c96be49710bc0'),
    (0, 'randn17', '7556b6be5f7f21bedbc9b83fa137883e45732a3e7dd75f3fcfea12be6f93e4bdc8131dbf3727a13f9a5100403a1b5c3df6381e3fd05ad3be065057bf083a14c0b987d1bd'),
    (0, 'randn17_f64', 'b78c032f116eff3fa7c85e9f9971f33f642c53728e6cf3bf130acc2dd614efbffff81907a92ee53fb0348658e2b6a7bffd80c639f82bd3bf4e39e700c873e33f614821541d52f43f81a827763d78c63f57e187b38c03a13f256bd7bcf00fe53f9028b28cea5af1bf679e662d360bc1bf6651ffabe3c4eabf07aa66ba165f9abf8e89b16226b8e3bf'),
    (0, 'normal_1k', '2a42c6a1aa65e811cf8d68784ca44f553c45711e'),
    (0, 'randperm10', '0900000000000000020000000000000001000000000000000300000000000000060000000000000000000000000000000500000000000000080000000000000007000000000000000400000000000000'),
    (0, 'randint', '010000000000000002000000000000000900000000000000ffffffffffffffff06000000000000000800000000000000'),
    (0, 'bernoulli', '0000803f000000000000803f0000803f000000000000803f0000803f000000000000803f000000000000803f00000000'),
    (0, 'dropout', '0000000000000000000000000000004000000000000000400000000000000040000000400000004000000040000000400000004000000000000000000000000000000000000000000000004000000000'),
    (7, 'randn3', '745116be8e40493fe762723f'),
    (7, 'randn17', '25ac34be58c49bbfa5eea5bd2545ae3fcecfa6bfdd27b33d6a46b1bf90e9003fd910abbdbe6210bf159d03c056a4b6befb3b8c3f20f7f63ec20fb33ffdf2b33f305cb3bf'),
    (7, 'randn17_f64', '34a6528dcd9acb3f1125a86290b4f4bfd6a102c3b0b8c63f45c86dae3eb39a3f2121a0b47d32f63ff8c099960bcae63fb3d97baf6c56bd3f04f9b143b8f0e2bf9ce0c1bd2d45f2bf8ed402ec8a35f2bf6e9b2ff77269e9bfee063faa195dcc3f4fbb7beb48b9eb3ff76ba57d5dbdde3f237108e28e5ab53f0aabe61a8e6ed23faa59b39f011dc33f'),
    (7, 'normal_1k', '20fb930215f2daba1f7d55730a2abc4b3256dd3f'),
    (7, 'randperm10', '0500000000000000030000000000000007000000000000000900000000000000040000000000000002000000000000000600000000000000080000000000000000000000000000000100000000000000'),
    (7, 'randint', 'fdffffffffffffff07000000000000000300000000000000090000000000000000000000000000000700000000000000'),
    (7, 'bernoulli', '00000000000000000000803f0000803f0000803f000000000000803f000000000000000000000000000000000000803f'),
    (7, 'dropout', '0000000000000000000000000000000000000040000000000000000000000000000000400000004000000000000000000000004000000040000000400000000000000000000000400000000000000040'),
]


def _cases(s):
    torch.manual_seed(s)
    return {
        "randn3": torch.randn(3), "randn17": torch.randn(17), "randn17_f64": torch.randn(17, dtype=torch.float64),
        "normal_1k": torch.empty(1000).normal_(0.5, 2.0), "randperm10": torch.randperm(10),
        "randint": torch.randint(-3, 10, (6,)), "bernoulli": torch.bernoulli(torch.rand(12)),
        "dropout": torch.nn.functional.dropout(torch.ones(20), 0.5),
    }


@pytest.mark.parametrize("seed", [0, 7])
def test_seeded_samplers_match_torch_bytes(seed):
    got = _cases(seed)
    for s, name, want in GOLDEN:
        if s == seed:
            b = got[name].numpy().tobytes()
            assert (hashlib.sha1(b).hexdigest() if len(want) == 40 else b.hex()) == want, name


def test_normal_cache_and_fallbacks():
    # serial path keeps the generator's second value; non-contiguous/half tensors take the array path
    torch.manual_seed(3)
    a = torch.cat([torch.randn(1), torch.randn(2)])
    torch.manual_seed(3)
    assert torch.equal(a, torch.randn(3))
    t = torch.zeros(8, 4).t()
    torch.manual_seed(3)
    t.normal_()
    assert t.is_contiguous() is False and float(t.std()) > 0.5
    assert torch.randn(2, 3, dtype=torch.float16).dtype == torch.float16
