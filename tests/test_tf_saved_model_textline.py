"""tf.saved_model round trip of a tf.Module and tf.data.TextLineDataset; expected behaviour as real TF 2.21
shows it (guides intro_to_modules / advanced_autodiff, tutorial customization/basics)."""
import ferrograd.tensorflow as tf


class _Dense(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")

    @tf.function
    def __call__(self, x):
        return tf.matmul(x, self.w)


def test_saved_model_round_trip(tmp_path):
    m = _Dense()
    tf.saved_model.save(m, str(tmp_path / "sm"))
    r = tf.saved_model.load(str(tmp_path / "sm"))
    assert not isinstance(r, _Dense)
    assert type(r).__name__ == "_UserObject"
    assert r(tf.constant([[1.0, 1.0]])).numpy().tolist() == [[4.0, 6.0]]


def test_text_line_dataset(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"Line 1\nLine 2\r\nLine 3\n  ")
    ds = tf.data.TextLineDataset(str(f))
    assert repr(ds) == "<TextLineDatasetV2 element_spec=TensorSpec(shape=(), dtype=tf.string, name=None)>"
    assert [x.numpy() for x in ds] == [b"Line 1", b"Line 2", b"Line 3", b"  "]
    assert [list(b) for b in ds.batch(2).as_numpy_iterator()] == [[b"Line 1", b"Line 2"], [b"Line 3", b"  "]]
    assert int(ds.cardinality()) == -2
