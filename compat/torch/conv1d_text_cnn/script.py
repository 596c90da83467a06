# A 1-d CNN over token embeddings (text-classification style): Embedding -> Conv1d -> ReLU -> pooling -> Linear
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class TextCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_filters, kernel_sizes, num_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in kernel_sizes])
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        emb = self.embedding(x).permute(0, 2, 1)  # (N, C, L)
        pooled = [F.max_pool1d(F.relu(conv(emb)), conv(emb).shape[-1]).squeeze(-1) for conv in self.convs]
        return self.fc(self.dropout(torch.cat(pooled, dim=1)))


model = TextCNN(vocab_size=20, embed_dim=6, num_filters=4, kernel_sizes=[2, 3], num_classes=2)
print(model)
print(model.convs[0].weight.shape, model.convs[1].bias)

tokens = torch.randint(0, 20, (8, 7))
labels = (tokens.sum(dim=1) > 70).long()
print(tokens[:2], labels)

opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(30):
    model.train()
    opt.zero_grad()
    loss = F.cross_entropy(model(tokens), labels)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1}: loss {loss.item():.4f}")

model.eval()
with torch.no_grad():
    pred = model(tokens).argmax(dim=1)
print(pred, (pred == labels).float().mean())

# the layers on their own
x = torch.randn(2, 3, 10)
conv = nn.Conv1d(3, 2, kernel_size=3, stride=2, padding=1)
print(conv, conv(x).shape)
same = nn.Conv1d(3, 2, 5, padding="same", bias=False)
print(same, same(x).shape)
print(nn.MaxPool1d(3, stride=2)(x).shape, nn.AvgPool1d(2)(x)[0, 0])
print(nn.AdaptiveAvgPool1d(1)(x).squeeze(-1))
print(nn.AdaptiveMaxPool1d(2)(x)[1])
