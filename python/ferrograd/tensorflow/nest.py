# tf.nest (flatten / map_structure / pack_sequence_as over lists, tuples and dicts).
from ._tape import _flatten, _pack


def flatten(structure, expand_composites=False):
    return _flatten(structure, [])


def pack_sequence_as(structure, flat_sequence, expand_composites=False):
    return _pack(structure, iter(flat_sequence))


def _d(x):
    return "type=%s str=%s" % (type(x).__name__, x)


def _diff(a, b, ct):
    # Why a and b differ in structure (exception type, text), or None (TF's assert_same_structure).
    na, nb = is_nested(a), is_nested(b)
    if na != nb:
        return ValueError, 'Substructure "%s" is %sa sequence, while substructure "%s" is%s' % (
            _d(a), "" if na else "not ", _d(b), " not" if na else "")
    if not na:
        return None
    if ct and type(a) is not type(b):
        return TypeError, ("The two namedtuples don't have the same sequence type. First structure %s has type %s, "
                           "while second structure %s has type %s" % (_d(a), type(a).__name__, _d(b),
                                                                       type(b).__name__))
    if ct and isinstance(a, dict) and sorted(a) != sorted(b):
        return ValueError, ("The two dictionaries don't have the same set of keys. First structure has keys %s, while "
                            "second structure has keys %s" % (_d(sorted(a)), _d(sorted(b))))
    kids = lambda x: [x[k] for k in sorted(x)] if isinstance(x, dict) else list(x)  # noqa: E731
    for x, y in zip(kids(a), kids(b)):
        r = _diff(x, y, ct)
        if r:
            return r
    if len(a) != len(b):
        return ValueError, ("The two structures don't have the same number of elements. First structure: %s. Second "
                            "structure: %s" % (_d(a), _d(b)))
    return None


def assert_same_structure(nest1, nest2, check_types=True, expand_composites=False):
    r = _diff(nest1, nest2, check_types)
    if r:
        dots = lambda s: repr(pack_sequence_as(s, ["."] * len(flatten(s)))).replace("'.'", ".")  # noqa: E731
        raise r[0]("The two structures don't have the same nested structure.\n\nFirst structure: %s\n\nSecond "
                   "structure: %s\n\nMore specifically: %s\nEntire first structure:\n%s\nEntire second structure:"
                   "\n%s" % (_d(nest1), _d(nest2), r[1], dots(nest1), dots(nest2)))


def map_structure(func, *structure, **kwargs):
    for s in structure[1:]:
        assert_same_structure(structure[0], s, kwargs.get("check_types", True))
    flats = [flatten(s) for s in structure]
    return pack_sequence_as(structure[0], [func(*xs) for xs in zip(*flats)])


def is_nested(seq):
    return isinstance(seq, (list, tuple, dict))
