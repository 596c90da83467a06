# torch.distributions as used by reinforcement-learning tutorials (REINFORCE / actor-critic)
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Bernoulli, Categorical, Normal, Uniform

torch.manual_seed(543)

n = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
print(n)
print(n.batch_shape, n.event_shape)
print(n.mean, n.stddev, n.variance)
s = n.sample()
print(s)
print(n.sample((3,)))
print(n.log_prob(torch.tensor([0.5, 0.5])))
print(n.entropy())
print(n.cdf(torch.tensor([0.0, 1.0])))
r = n.rsample((2,))
print(r)
std_normal = Normal(0.0, 1.0)
print(std_normal, std_normal.log_prob(torch.tensor(1.0)), std_normal.entropy())

c = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
print(c)
print(c.sample(), c.sample((5,)))
print(c.log_prob(torch.tensor(2)), c.entropy())
print(c.logits)
print(c.probs, c.mode)
cl = Categorical(logits=torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
print(cl.probs)
print(cl.sample(), cl.batch_shape, cl.event_shape)
print(cl.log_prob(torch.tensor([0, 1])), cl.entropy())
print(c.enumerate_support())

b = Bernoulli(probs=torch.tensor([0.3, 0.9]))
print(b)
print(b.sample(), b.sample((2,)))
print(b.log_prob(torch.tensor([1.0, 0.0])), b.entropy())
print(b.mean, b.variance, b.logits)
bl = Bernoulli(logits=torch.tensor(0.0))
print(bl.probs, bl.sample())

u = Uniform(torch.tensor([0.0]), torch.tensor([5.0]))
print(u.sample((3,)).squeeze(), u.log_prob(torch.tensor([2.0])), u.entropy(), u.mean)
print(torch.distributions.kl_divergence(Normal(0.0, 1.0), Normal(1.0, 2.0)))


class Policy(nn.Module):
    def __init__(self):
        super(Policy, self).__init__()
        self.affine1 = nn.Linear(4, 16)
        self.dropout = nn.Dropout(p=0.6)
        self.affine2 = nn.Linear(16, 2)
        self.saved_log_probs = []
        self.rewards = []

    def forward(self, x):
        x = self.affine1(x)
        x = self.dropout(x)
        x = F.relu(x)
        action_scores = self.affine2(x)
        return F.softmax(action_scores, dim=1)


policy = Policy()
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-2)
gamma = 0.99
for episode in range(3):
    for t in range(5):
        state = torch.randn(4).unsqueeze(0)
        probs = policy(state)
        m = Categorical(probs)
        action = m.sample()
        policy.saved_log_probs.append(m.log_prob(action))
        policy.rewards.append(1.0 if action.item() == 0 else 0.5)
    R = 0
    returns = []
    for rw in policy.rewards[::-1]:
        R = rw + gamma * R
        returns.insert(0, R)
    returns = torch.tensor(returns)
    returns = (returns - returns.mean()) / (returns.std() + 1e-6)
    policy_loss = []
    for log_prob, R in zip(policy.saved_log_probs, returns):
        policy_loss.append(-log_prob * R)
    optimizer.zero_grad()
    policy_loss = torch.cat(policy_loss).sum()
    policy_loss.backward()
    optimizer.step()
    print(episode, [round(r, 2) for r in policy.rewards], f"{policy_loss.item():.4f}")
    del policy.rewards[:]
    del policy.saved_log_probs[:]
