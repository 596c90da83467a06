# Reproducibility (PyTorch notes): seeding every generator, deterministic algorithms, seeded DataLoader
import random

import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def seed_worker(worker_id):
    worker_seed = torch.initial_seed() % 2**32
    np.random.seed(worker_seed)
    random.seed(worker_seed)


set_seed(0)
print(random.random(), np.random.rand(), torch.rand(1))
g = torch.Generator()
g.manual_seed(0)
ds = TensorDataset(torch.arange(10).float(), torch.arange(10))
loader = DataLoader(ds, batch_size=3, shuffle=True, num_workers=0, worker_init_fn=seed_worker, generator=g)
print([b[1].tolist() for b in loader])
print([b[1].tolist() for b in loader])


def run_once(seed):
    set_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
    x = torch.randn(6, 4)
    return model(x).detach()


a = run_once(42)
b = run_once(42)
c = run_once(7)
print(torch.equal(a, b), torch.equal(a, c))
print(a.flatten())

# saving and restoring the generator state replays the same numbers
torch.manual_seed(123)
state = torch.get_rng_state()
first = torch.randn(3)
torch.set_rng_state(state)
print(torch.equal(first, torch.randn(3)), first)
with torch.random.fork_rng():
    torch.rand(100)
print(torch.rand(2))
print(torch.are_deterministic_algorithms_enabled(), torch.initial_seed())
