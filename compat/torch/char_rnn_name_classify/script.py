# NLP From Scratch: Classifying Names with a Character-Level RNN (PyTorch tutorial, small inline data)
import string
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2024)
allowed_characters = string.ascii_letters + " .,;'" + "_"
n_letters = len(allowed_characters)


def letterToIndex(letter):
    if letter not in allowed_characters:
        return allowed_characters.find("_")
    return allowed_characters.find(letter)


def lineToTensor(line):
    tensor = torch.zeros(len(line), 1, n_letters)
    for li, letter in enumerate(line):
        tensor[li][0][letterToIndex(letter)] = 1
    return tensor


print(f"The letter 'a' becomes {lineToTensor('a')}")
print(f"The name 'Ahn' becomes {lineToTensor('Ahn').shape}")

data = {
    "English": ["Smith", "Brown", "Taylor", "Wilson", "Walker"],
    "Japanese": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"],
    "Italian": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi"],
}
labels_uniq = list(data.keys())
samples = [(name, lab) for lab, names in data.items() for name in names]


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super(CharRNN, self).__init__()

        self.rnn = nn.RNN(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        output = self.h2o(hidden[0])
        output = self.softmax(output)

        return output


n_hidden = 128
rnn = CharRNN(n_letters, n_hidden, len(labels_uniq))
print(rnn)


def label_from_output(output, output_labels):
    top_n, top_i = output.topk(1)
    label_i = top_i[0].item()
    return output_labels[label_i], label_i


input = lineToTensor("Albert")
output = rnn(input)
print(output)
print(label_from_output(output, labels_uniq))

criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(rnn.parameters(), lr=0.15)
start = time.time()
for epoch in range(1, 31):
    rnn.zero_grad()
    batch_loss = 0
    order = torch.randperm(len(samples)).tolist()
    for i in order:
        name, lab = samples[i]
        label_tensor = torch.tensor([labels_uniq.index(lab)], dtype=torch.long)
        output = rnn(lineToTensor(name))
        loss = criterion(output, label_tensor)
        batch_loss += loss
    batch_loss.backward()
    nn.utils.clip_grad_norm_(rnn.parameters(), 3)
    optimizer.step()
    optimizer.zero_grad()
    if epoch % 10 == 0:
        print(f"{epoch} ({epoch / 30:.0%}): \t average batch loss = {batch_loss.item() / len(samples):.4f}")

rnn.eval()
with torch.no_grad():
    for name in ["Smith", "Tanaka", "Rossi", "Sanchez"]:
        guess, guess_i = label_from_output(rnn(lineToTensor(name)), labels_uniq)
        print(name, guess, guess_i)
