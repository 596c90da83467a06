import torch

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
B = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]], requires_grad=True)
v = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)

C = torch.mm(A, B)
print(C)
print(A @ B)
print(torch.mv(A, v))
print(torch.dot(v, v))
(C.sum() + torch.mv(A, v).sum() + torch.dot(v, v)).backward()
print(A.grad)
print(B.grad)
print(v.grad)

X = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
Y = torch.arange(12.0).reshape(2, 3, 2) / 10
Z = torch.bmm(X, Y)
print(Z)
W = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
Q = torch.matmul(X, W)
print(Q.shape)
Q.sum().backward()
print(W.grad)
print(X.grad)
print(torch.matmul(v, W), torch.matmul(W.t(), v).shape)
print((torch.ones(3, 1, 2, 3) @ torch.ones(4, 3, 5)).shape)
