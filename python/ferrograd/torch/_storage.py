# Tensor.storage() / Tensor.untyped_storage(): the whole storage a tensor views, as torch shows it
# (data_ptr equality between views, size, element access, printing).  Reads and writes go through a 1-D
# view of the shared storage (`_core.Tensor._strided_view`).
import warnings

_TYPED_WARNING = ("TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only "
                  "storage class. This should only matter to you if you are using storages directly.  To access "
                  "UntypedStorage directly, use tensor.untyped_storage() instead of tensor.storage()")
_warned = [False]


def _flat(t):
    return t._strided_view([t._storage_numel()], [1], 0)


class TypedStorage:
    def __init__(self, tensor):
        self._flat = _flat(tensor)
        self._base_ptr = tensor._storage_ptr()[0]

    @property
    def dtype(self):
        return self._flat.dtype

    @property
    def device(self):
        return self._flat.device

    def data_ptr(self):
        return self._base_ptr

    def size(self):
        return self._flat.numel()

    def __len__(self):
        return self._flat.numel()

    def element_size(self):
        return self._flat.element_size()

    def nbytes(self):
        return self._flat.numel() * self._flat.element_size()

    def is_shared(self):
        return False

    def tolist(self):
        return self._flat.tolist()

    def __iter__(self):
        return iter(self.tolist())

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._flat[i].tolist()
        return self._flat[i].item()

    def __setitem__(self, i, value):
        from . import no_grad

        with no_grad():
            self._flat[i] = value

    def untyped(self):
        return UntypedStorage(self._flat)

    def _info(self):
        return f"[torch.storage.TypedStorage(dtype={self.dtype}, device={self.device}) of size {len(self)}]"

    def __repr__(self):
        return " " + "\n ".join(str(v) for v in self.tolist()) + "\n" + self._info()

    __str__ = __repr__


class UntypedStorage:
    def __init__(self, tensor):
        self._flat = _flat(tensor)
        self._base_ptr = tensor._storage_ptr()[0]

    @property
    def device(self):
        return self._flat.device

    def data_ptr(self):
        return self._base_ptr

    def nbytes(self):
        return self._flat.numel() * self._flat.element_size()

    def size(self):
        return self.nbytes()

    def __len__(self):
        return self.nbytes()

    def element_size(self):
        return 1

    def is_shared(self):
        return False

    def _bytes(self):
        return list(self._flat.numpy(True).tobytes())

    def tolist(self):
        return self._bytes()

    def __getitem__(self, i):
        return self._bytes()[i]

    def __repr__(self):
        return (" " + "\n ".join(str(v) for v in self._bytes()) + "\n"
                + f"[torch.storage.UntypedStorage(device={self.device}) of size {len(self)}]")

    __str__ = __repr__


TypedStorage.__module__ = UntypedStorage.__module__ = "torch.storage"


def storage(self):
    if not _warned[0]:
        _warned[0] = True
        warnings.warn(_TYPED_WARNING, UserWarning, stacklevel=3)
    return TypedStorage(self)


def untyped_storage(self):
    return UntypedStorage(self)
