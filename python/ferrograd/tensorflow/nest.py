"""tf.nest (flatten / map_structure / pack_sequence_as over lists, tuples and dicts)."""
from ._tape import _flatten, _pack


def flatten(structure, expand_composites=False):
    return _flatten(structure, [])


def pack_sequence_as(structure, flat_sequence, expand_composites=False):
    return _pack(structure, iter(flat_sequence))


def map_structure(func, *structure, **kwargs):
    flats = [flatten(s) for s in structure]
    return pack_sequence_as(structure[0], [func(*xs) for xs in zip(*flats)])


def is_nested(seq):
    return isinstance(seq, (list, tuple, dict))
