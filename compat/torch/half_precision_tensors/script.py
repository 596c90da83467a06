import torch

# creating half-precision tensors
x = torch.tensor([1.0, 2.5, -3.25, 0.1, 1000.0, 1e-3])
h = x.half()
print(h)
print(h.dtype, h.element_size(), h.is_floating_point(), h.type())
print(torch.ones(3, dtype=torch.float16))
print(torch.zeros(2, 2, dtype=torch.half))
print(torch.tensor([[1.123456, 22.5], [333.25, 0.001]], dtype=torch.float16))
print(torch.tensor(2.5, dtype=torch.float16))
print(torch.arange(4).to(torch.float16))

# rounding to the nearest representable value, overflow to inf
print(torch.tensor([65504.0, 65520.0, 70000.0, 1e-8, 3e-5]).half())
print(torch.tensor([0.1, 0.2, 0.3], dtype=torch.float16).tolist())

# arithmetic stays in float16
print(h * 3)
print(h + 0.1)
print(torch.ones(3, dtype=torch.float16) / 3)
print(h.exp(), h.abs().sqrt())
print(torch.sigmoid(h), torch.softmax(h[:3], dim=0))

# type promotion
f = torch.tensor([1.0, 2.0, 3.0])
a = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16)
b = torch.tensor([1.0, 2.0, 3.0], dtype=torch.bfloat16)
print((a + f).dtype, (a + b).dtype, (a * 2).dtype, (a * 2.5).dtype)
print((torch.arange(3) + a).dtype, (a + torch.tensor(1.0)).dtype, (a + f.double()).dtype)
print(torch.promote_types(torch.float16, torch.float32), torch.result_type(a, 1.5))

# reductions
print(h.sum(), h.mean(), h.max(), h.min(), h.argmax())
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=torch.float16)
print(m.sum(dim=0), m.mean(dim=1), m.prod())
print(torch.full((1000,), 0.1, dtype=torch.float16).sum())

# casts
print(h.float())
print(h.double())
print(h.long(), h.int(), h.bool())
print(h.to(torch.float32).dtype, h.to(torch.bfloat16))
print(h.numpy(), h.numpy().dtype)
print(torch.finfo(torch.float16))
print(torch.finfo(torch.bfloat16))

# bfloat16
bf = x.bfloat16()
print(bf)
print(bf.dtype, bf * 3, bf.sum(), bf.mean())
print(torch.ones(3, dtype=torch.bfloat16) / 3)
print(bf.float())
try:
    bf.numpy()
except TypeError as e:
    print("TypeError:", e)
