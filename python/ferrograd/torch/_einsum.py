# torch.einsum built from differentiable permute / diagonal-mask / broadcast multiply / sum.
from .. import _core


def _diag_take(t, letters, L):
    # Collapses repeated letter L in operand t to a single axis (the diagonal).
    i = letters.index(L)
    j = letters.index(L, i + 1)
    n = t.shape[i]
    eye = _core.eye(n, n, t.dtype, False, t._tag)
    shape = [1] * t.dim()
    shape[i] = n
    shape[j] = n
    t = (t * eye.reshape(*shape)).sum(j)
    return t, letters[:j] + letters[j + 1:]


def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    eq = equation.replace(" ", "")
    if "->" in eq:
        lhs, out = eq.split("->")
    else:
        lhs = eq
        counts = {}
        for c in lhs.replace(",", ""):
            counts[c] = counts.get(c, 0) + 1
        out = "".join(sorted(c for c, k in counts.items() if k == 1))
    terms = lhs.split(",")
    if len(terms) != len(operands):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation"
                           if len(operands) > len(terms) else
                           "einsum(): fewer operands were provided than specified in the equation")
    if "." in eq:
        raise RuntimeError("ferrograd: einsum with ellipsis is not supported yet")
    # letters in order: output first, then contracted ones
    allL = list(out)
    for term in terms:
        for c in term:
            if c not in allL:
                allL.append(c)
    prepared = []
    for t, term in zip(operands, terms):
        letters = term
        while len(set(letters)) != len(letters):
            rep = next(c for c in letters if letters.count(c) > 1)
            t, letters = _diag_take(t, letters, rep)
        # permute into allL order, unsqueezing missing letters
        present = [c for c in allL if c in letters]
        perm = [letters.index(c) for c in present]
        if perm != list(range(len(perm))):
            t = t.permute(*perm)
        shape = []
        k = 0
        for c in allL:
            if c in letters:
                shape.append(t.shape[k])
                k += 1
            else:
                shape.append(1)
        t = t.reshape(*shape) if tuple(shape) != tuple(t.shape) else t
        prepared.append(t)
    r = prepared[0]
    for t in prepared[1:]:
        r = r * t
    red = list(range(len(out), len(allL)))
    if red:
        r = r.sum(red)
    if len(allL) > 0 and r.dim() != len(out):
        r = r.reshape(*[r.shape[i] for i in range(len(out))])
    return r
