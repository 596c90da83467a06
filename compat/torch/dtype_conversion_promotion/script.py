import torch

x = torch.tensor([1.7, -2.7, 0.0])
print(x.to(torch.float64))
print(x.double(), x.double().dtype)
print(x.long(), x.int(), x.bool())
print(torch.tensor([1, 2, 3]).float())
print(x.to(torch.float64).to(torch.float32).dtype, x.to(dtype=torch.int64))

i = torch.tensor([1, 2, 3])
print(i + 1.5)
print(i + 2, (i + 2).dtype)
print(i / 2)
print(i // 2, i * 2.0)
f32 = torch.tensor([1.0, 2.0])
f64 = torch.tensor([0.5, 0.25], dtype=torch.float64)
print(f32 + f64)
print(f32 + torch.tensor(1.0, dtype=torch.float64))
print((torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1, 2])).dtype)
print(torch.tensor([True, False]) + 1)
print((torch.tensor([1, 2], dtype=torch.int32) + 1).dtype)
print(torch.result_type(i, 1.0), torch.result_type(f32, f64))
print(torch.tensor([1, 2]) * True)

g = torch.tensor([1.0, 2.0], requires_grad=True)
h = g.double() * 3
print(h)
h.sum().backward()
print(g.grad)
