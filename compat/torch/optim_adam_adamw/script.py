import torch

target = torch.tensor([0.5, -0.5, 2.0])


def run(name, cls, **kw):
    w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    opt = cls([w], lr=0.1, **kw)
    for step in range(8):
        opt.zero_grad()
        loss = ((w - target) ** 2).sum() + w.abs().sum() * 0.1
        loss.backward()
        opt.step()
        if step % 4 == 3:
            print(f"{name:8s} step {step + 1} loss {loss.item():.6f}")
    print(w)
    return opt


run("adam", torch.optim.Adam)
run("adam_wd", torch.optim.Adam, weight_decay=0.1)
run("amsgrad", torch.optim.Adam, amsgrad=True, betas=(0.8, 0.99))
opt = run("adamw", torch.optim.AdamW, weight_decay=0.5)
state = opt.state[opt.param_groups[0]["params"][0]]
print(sorted(state.keys()), state["step"])
print(state["exp_avg"])
