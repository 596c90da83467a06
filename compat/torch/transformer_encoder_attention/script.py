# Attention building blocks: F.scaled_dot_product_attention, nn.MultiheadAttention, nn.TransformerEncoder
# with a positional encoding, trained on a toy sequence task (patterns from the nn.Transformer tutorials)
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
q = torch.randn(2, 2, 3, 4)
k = torch.randn(2, 2, 5, 4)
v = torch.randn(2, 2, 5, 4)
print(F.scaled_dot_product_attention(q, k, v)[0, 0])
print(F.scaled_dot_product_attention(q, q, q, is_causal=True)[1, 1])
keep = torch.tensor([[True, False, True, True, False]] * 3)
print(F.scaled_dot_product_attention(q, k, v, attn_mask=keep)[0, 1])

mha = nn.MultiheadAttention(embed_dim=4, num_heads=2)
print(mha)
print([(n, tuple(p.shape)) for n, p in mha.named_parameters()])
x = torch.randn(3, 2, 4)
out, weights = mha(x, x, x)
print(out)
print(weights)
pad = torch.tensor([[False, False, False, False, True], [False, False, True, True, True]])
out, weights = mha(x, torch.randn(5, 2, 4), torch.randn(5, 2, 4), key_padding_mask=pad)
print(weights[1])


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, dropout=0.1, max_len=50):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, 1, d_model)
        pe[:, 0, 0::2] = torch.sin(position * div_term)
        pe[:, 0, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe)

    def forward(self, x):
        x = x + self.pe[:x.size(0)]
        return self.dropout(x)


class TransformerModel(nn.Module):
    def __init__(self, ntoken, d_model, nhead, d_hid, nlayers, dropout=0.1):
        super().__init__()
        self.model_type = "Transformer"
        self.pos_encoder = PositionalEncoding(d_model, dropout)
        encoder_layers = nn.TransformerEncoderLayer(d_model, nhead, d_hid, dropout)
        self.transformer_encoder = nn.TransformerEncoder(encoder_layers, nlayers, enable_nested_tensor=False)
        self.embedding = nn.Embedding(ntoken, d_model)
        self.d_model = d_model
        self.linear = nn.Linear(d_model, ntoken)
        self.init_weights()

    def init_weights(self):
        initrange = 0.1
        self.embedding.weight.data.uniform_(-initrange, initrange)
        self.linear.bias.data.zero_()
        self.linear.weight.data.uniform_(-initrange, initrange)

    def forward(self, src, src_mask=None):
        src = self.embedding(src) * math.sqrt(self.d_model)
        src = self.pos_encoder(src)
        output = self.transformer_encoder(src, src_mask)
        output = self.linear(output)
        return output


ntokens = 6
model = TransformerModel(ntokens, d_model=8, nhead=2, d_hid=16, nlayers=2, dropout=0.1)
print(model.transformer_encoder.layers[0])
src = torch.randint(0, ntokens, (5, 3))
tgt = (src + 1) % ntokens
mask = nn.Transformer.generate_square_subsequent_mask(5)
print(mask)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(1, 31):
    model.train()
    optimizer.zero_grad()
    output = model(src, mask)
    loss = criterion(output.view(-1, ntokens), tgt.view(-1))
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5)
    optimizer.step()
    if epoch % 10 == 0:
        print(f"epoch {epoch:3d} | loss {loss.item():5.3f} | ppl {math.exp(loss.item()):8.3f}")
model.eval()
with torch.no_grad():
    pred = model(src, mask).argmax(-1)
print(src.T)
print(pred.T)
