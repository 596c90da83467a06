# PyTorch tutorial "Model ensembling" (torch.func): stack_module_state + functional_call + vmap.
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import stack_module_state, functional_call, vmap

torch.manual_seed(0)


class SimpleMLP(nn.Module):
    def __init__(self):
        super(SimpleMLP, self).__init__()
        self.fc1 = nn.Linear(784, 128)
        self.fc2 = nn.Linear(128, 128)
        self.fc3 = nn.Linear(128, 10)

    def forward(self, x):
        x = x.flatten(1)
        x = self.fc1(x)
        x = F.relu(x)
        x = self.fc2(x)
        x = F.relu(x)
        x = self.fc3(x)
        return x


device = 'cpu'
num_models = 10

data = torch.randn(100, 64, 1, 28, 28, device=device)
targets = torch.randint(0, 10, (6400,), device=device)

models = [SimpleMLP().to(device) for _ in range(num_models)]

minibatches = data[:num_models]
predictions_diff_minibatch_loop = [model(minibatch) for model, minibatch in zip(models, minibatches)]

minibatch = data[0]
predictions2 = [model(minibatch) for model in models]

params, buffers = stack_module_state(models)
print([(k, tuple(v.shape), v.requires_grad, v.is_leaf) for k, v in params.items()])
print(buffers)

# Construct a "stateless" version of one of the models. It is "stateless" in
# the sense that the parameters are meta Tensors and do not have storage.
base_model = copy.deepcopy(models[0])
base_model = base_model.to('meta')


def fmodel(params, buffers, x):
    return functional_call(base_model, (params, buffers), (x,))


print([p.size(0) for p in params.values()])  # show the leading 'num_models' dimension
print(minibatches.shape)  # verify minibatch has leading dimension of size 'num_models'

predictions1_vmap = vmap(fmodel)(params, buffers, minibatches)

# verify the ``vmap`` predictions match the
assert torch.allclose(predictions1_vmap, torch.stack(predictions_diff_minibatch_loop), atol=1e-3, rtol=1e-5)
print(predictions1_vmap.shape)

predictions2_vmap = vmap(fmodel, in_dims=(0, 0, None))(params, buffers, minibatch)
assert torch.allclose(predictions2_vmap, torch.stack(predictions2), atol=1e-3, rtol=1e-5)
print(predictions2_vmap.shape, predictions2_vmap.grad_fn is not None)

# the stacked parameters are leaves: a loss over the ensemble backpropagates into them
loss = F.cross_entropy(predictions2_vmap.flatten(0, 1), targets[:640])
loss.backward()
print(f"{loss.item():.4f}")
print(params['fc3.bias'].grad.shape, params['fc3.weight'].grad.shape)
print(params['fc3.bias'].grad.abs().sum() > 0, models[0].fc3.bias.grad)

# errors of stack_module_state
try:
    stack_module_state([])
except RuntimeError as e:
    print("RuntimeError:", e)
models[1].eval()
try:
    stack_module_state(models)
except RuntimeError as e:
    print("RuntimeError:", e)
