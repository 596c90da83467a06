# tf.compat: v1 / v2 and the bytes/text helpers.
import numbers as _n

bytes_or_text_types = (bytes, str)
integral_types = (_n.Integral,)
real_types = (_n.Real,)
complex_types = (_n.Complex,)


def as_bytes(bytes_or_text, encoding="utf-8"):
    if isinstance(bytes_or_text, bytearray):
        return bytes(bytes_or_text)
    if isinstance(bytes_or_text, str):
        return bytes_or_text.encode(encoding)
    if isinstance(bytes_or_text, bytes):
        return bytes_or_text
    raise TypeError("Expected binary or unicode string, got %r" % (bytes_or_text,))


def as_text(bytes_or_text, encoding="utf-8"):
    if isinstance(bytes_or_text, str):
        return bytes_or_text
    if isinstance(bytes_or_text, bytes):
        return bytes_or_text.decode(encoding)
    raise TypeError("Expected binary or unicode string, got %r" % bytes_or_text)


as_str = as_text


def dimension_value(dimension):
    return getattr(dimension, "value", dimension)


def __getattr__(name):
    if name in ("v1", "v2"):
        import importlib

        return importlib.import_module(__name__ + "." + name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
