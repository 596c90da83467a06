import numpy as np
import mindspore as ms
from mindspore import Tensor, nn
from mindspore.train import Precision, Recall, F1, Fbeta, Dice, Perplexity, CosineSimilarity, Model
import mindspore.dataset as ds

x = Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]]))
y = Tensor(np.array([1, 0, 1]))
for cls in (Precision, Recall):
    metric = cls("classification")
    metric.clear()
    metric.update(x, y)
    print(cls.__name__, metric.eval(), metric.eval(average=True))
ml = cls("multilabel")
ml.update(Tensor(np.array([[0, 1, 1], [1, 0, 1]])), Tensor(np.array([[0, 1, 1], [1, 1, 0]])))
print(ml.eval(), ml.eval(True))
pm = Precision("multilabel")
pm.update(Tensor(np.array([[0, 1, 1], [1, 0, 1]])), Tensor(np.array([[0, 1, 1], [1, 1, 0]])))
print(pm.eval(), pm.eval(True))
f = Fbeta(1)
f.update(x, y)
print(f.eval(), f.eval(True))
f1 = F1()
f1.update(x, Tensor(np.array([[0, 1], [1, 0], [0, 1]])))
print(f1.eval())
f2 = Fbeta(2.0)
f2.update(Tensor(np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1], [0.2, 0.2, 0.6], [0.5, 0.3, 0.2]])), Tensor(np.array([1, 0, 1, 2])))
print(f2.eval(), f2.eval(average=True))
d = Dice(smooth=1e-5)
d.update(Tensor(np.array([[0.2, 0.5], [0.3, 0.1], [0.9, 0.6]])), Tensor(np.array([[0, 1], [1, 0], [0, 1]])))
print(d.eval())
p = Perplexity(ignore_label=None)
p.update(x, y)
print(p.eval())
p2 = Perplexity(ignore_label=0)
p2.update(x, y)
print(p2.eval())
c = CosineSimilarity()
c.update(Tensor(np.array([[1, 3, 4, 7], [2, 4, 2, 5], [3, 1, 5, 8]])))
print(c.eval())
c2 = CosineSimilarity(similarity="dot", reduction="mean", zero_diagonal=False)
c2.update(Tensor(np.array([[1., 3.], [2., 4.]])))
print(c2.eval())
print(type(ms.train.get_metric_fn("precision")), type(nn.F1()).__name__, ms.Recall, ms.Fbeta)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 3, weight_init="ones", bias_init="zeros")

    def construct(self, a):
        return self.fc(a)


def gen():
    for i in range(6):
        yield np.array([i * 0.5 - 1, 1 - i * 0.3], np.float32), np.array(i % 3, np.int32)


data = ds.GeneratorDataset(gen, ["x", "y"], shuffle=False).batch(3)
model = Model(Net(), nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"),
              metrics={"precision": Precision(), "recall": Recall(), "f1": F1()})
print(model.eval(data))
