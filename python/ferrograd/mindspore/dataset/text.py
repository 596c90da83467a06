# mindspore.dataset.text: PythonTokenizer, Vocab (from_dataset / from_list / from_dict) and Lookup,
# as the Transforms tutorial uses them. Vocab ids follow MindSpore (frequency, then word order);
# vocab() lists the words in the iteration order of MindSpore's C++ hash map (emulated below).


def _np():
    import numpy as np

    return np


# ---- the iteration order of MindSpore's C++ std::unordered_map<std::string, int> (libstdc++), which
# Vocab.vocab() returns as a dict: std::hash<std::string> (_Hash_bytes, murmur-style), prime bucket
# counts, insertion at the front of a bucket / of the node list, rehash re-linking.
_M64 = (1 << 64) - 1
_MUL = (0xc6a4a793 << 32) + 0x5bd1e995
_FAST = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13]
_PRIMES = [17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127, 137, 139,
           149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541,
           577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179,
           2357, 2549, 2753, 2971, 3209, 3469, 3739, 4027, 4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123,
           8783, 9497, 10273, 11113, 12011, 12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267,
           28411, 30727, 33223, 35933, 38873, 42043, 45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229,
           92203, 99733]


def _hash(word):
    b = word.encode()
    n = len(b)
    la = n & ~7
    h = 0xc70f6907 ^ ((n * _MUL) & _M64)
    for i in range(0, la, 8):
        d = (int.from_bytes(b[i:i + 8], "little") * _MUL) & _M64
        h = ((h ^ ((d ^ (d >> 47)) * _MUL & _M64)) * _MUL) & _M64
    if n & 7:
        h = ((h ^ int.from_bytes(b[la:], "little")) * _MUL) & _M64
    h = ((h ^ (h >> 47)) * _MUL) & _M64
    return h ^ (h >> 47)


def _next_bkt(n):
    if n < len(_FAST):
        return _FAST[n]
    for p in _PRIMES:
        if p >= n:
            return p
    return n | 1


class _UMap:
    _BB = "\0before-begin"  # the list's sentinel node (a key no word equals)

    def __init__(self, reserve=None):
        self.nb, self.next_resize, self.n = 1, 0, 0
        self.nxt, self.buckets = {self._BB: None}, {}
        if reserve:
            self.nb = self.next_resize = _next_bkt(reserve)

    def keys(self):
        out, p = [], self.nxt[self._BB]
        while p is not None:
            out.append(p)
            p = self.nxt[p]
        return out

    def _put(self, key, b):
        # libstdc++ _M_insert_bucket_begin.
        nxt, bb = self.nxt, self._BB
        if b in self.buckets:
            before = self.buckets[b]
            nxt[key] = nxt[before]
            nxt[before] = key
        else:
            nxt[key] = nxt[bb]
            nxt[bb] = key
            if nxt[key] is not None:
                self.buckets[_hash(nxt[key]) % self.nb] = key
            self.buckets[b] = bb

    def _rehash(self, nb):
        order = self.keys()
        self.nxt, self.buckets, self.nb = {self._BB: None}, {}, nb
        nxt, bb = self.nxt, self._BB
        bbegin = 0
        for p in order:
            b = _hash(p) % nb
            if b not in self.buckets:
                nxt[p] = nxt[bb]
                nxt[bb] = p
                self.buckets[b] = bb
                if nxt[p] is not None:
                    self.buckets[bbegin] = p
                bbegin = b
            else:
                before = self.buckets[b]
                nxt[p] = nxt[before]
                nxt[before] = p

    def insert(self, key):
        if self.n + 1 > self.next_resize:
            need = _b_max(self.n + 1, 0 if self.next_resize else 11)
            if need >= self.nb:
                nb = _next_bkt(_b_max(need + 1, self.nb * 2))
                self.next_resize = nb
                self._rehash(nb)
            else:
                self.next_resize = self.nb
        self._put(key, _hash(key) % self.nb)
        self.n += 1


def _b_max(a, b):
    return a if a > b else b


def _umap_order(words, reserve=None):
    m = _UMap(reserve)
    for w in words:
        m.insert(w)
    return m.keys()


class PythonTokenizer:
    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text_input):
        np = _np()
        s = text_input.item() if hasattr(text_input, "item") and getattr(text_input, "ndim", 1) == 0 else text_input
        if isinstance(s, bytes):
            s = s.decode()
        return np.array(self.tokenizer(str(s)), dtype=str)


class Vocab:
    def __init__(self, ids, order=None):
        self._ids = dict(ids)
        # vocab()'s key order: MindSpore's hash map order (computed from the insertion order)
        self._order = order if order is not None else _umap_order(list(self._ids))

    @classmethod
    def from_dataset(cls, dataset, columns=None, freq_range=None, top_k=None, special_tokens=None,
                     special_first=True):
        counts = {}
        cols = [columns] if isinstance(columns, str) else columns
        for row in dataset.create_dict_iterator(output_numpy=True):
            for c, v in row.items():
                if cols and c not in cols:
                    continue
                for w in _np().asarray(v).reshape(-1).tolist():
                    w = w.decode() if isinstance(w, bytes) else str(w)
                    counts[w] = counts.get(w, 0) + 1
        lo, hi = freq_range if freq_range else (0, None)
        words = [w for w in counts if counts[w] >= (lo or 0) and (hi is None or counts[w] <= hi)]
        words.sort(key=lambda w: (-counts[w], w))
        if top_k is not None:
            words = words[:top_k]
        return cls._build(words, special_tokens, special_first)

    @classmethod
    def _build(cls, words, special_tokens, special_first, words_first=False):
        special = [t for t in (special_tokens or [])]
        words = [w for w in words if w not in special]
        order = special + words if special_first else words + special
        # from_dataset inserts the words in id order; from_list inserts its words, then the specials
        inserted = words + special if words_first else order
        return cls({w: i for i, w in enumerate(order)}, _umap_order(inserted))

    @classmethod
    def from_list(cls, word_list, special_tokens=None, special_first=True):
        seen = []
        for w in word_list:
            if w in seen:
                raise ValueError(f"word_list contains duplicate word: {w}.")
            seen.append(w)
        return cls._build(seen, special_tokens, special_first, words_first=True)

    @classmethod
    def from_dict(cls, word_dict):
        # the dict becomes a reserved C++ map (pybind11), copied into the vocab's own map
        return cls(word_dict, _umap_order(_umap_order(list(word_dict), reserve=len(word_dict))))

    @classmethod
    def from_file(cls, file_path, delimiter="", vocab_size=None, special_tokens=None, special_first=True):
        words = []
        with open(file_path, encoding="utf-8") as f:
            for line in f:
                w = line.rstrip("\n")
                w = w.split(delimiter)[0] if delimiter else w
                if w and w not in words:
                    words.append(w)
        if vocab_size is not None:
            words = words[:vocab_size]
        return cls._build(words, special_tokens, special_first)

    def vocab(self):
        return {w: self._ids[w] for w in self._order}

    def tokens_to_ids(self, tokens):
        if isinstance(tokens, str):
            return self._ids.get(tokens, -1)
        return [self._ids.get(t, -1) for t in tokens]

    def ids_to_tokens(self, ids):
        inv = {i: w for w, i in self._ids.items()}
        if isinstance(ids, int):
            return inv.get(ids, "")
        return [inv.get(int(i), "") for i in ids]


class Lookup:
    def __init__(self, vocab, unknown_token=None, data_type=None):
        self.vocab = vocab
        self.unknown_token = unknown_token
        self.data_type = data_type
        if unknown_token is not None and unknown_token not in vocab._ids:
            raise RuntimeError(f"Lookup: {unknown_token} does not exist in the vocab.")

    def __call__(self, tokens):
        np = _np()
        a = np.asarray(tokens)
        out = []
        for w in a.reshape(-1).tolist():
            w = w.decode() if isinstance(w, bytes) else str(w)
            if w in self.vocab._ids:
                out.append(self.vocab._ids[w])
            elif self.unknown_token is not None:
                out.append(self.vocab._ids[self.unknown_token])
            else:
                raise RuntimeError(f"Lookup: {w} doesn't exist in vocabulary and no unknown_token is specified.")
        dt = np.int32
        if self.data_type is not None:
            dt = np.dtype(getattr(self.data_type, "_name", None) or str(self.data_type))
        return np.array(out, dt).reshape(a.shape)
