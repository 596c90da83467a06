# tf.test: TestCase (eager tf.test.TestCase, TF's and absltest's assertions), main, compute_gradient.
import contextlib
import re
import sys
import tempfile
import unittest

from ._tensor import _T


def _np():
    import numpy as np

    return np


def _where(c):
    return _np().where(_np().asarray(c))


def _sfx(msg):
    return " : " + msg if msg else ""


class TestCase(unittest.TestCase):
    _tempdir = None

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        if methodName == "test_session":  # a helper, not a test (TF skips it)
            setattr(self, methodName, lambda: self.skipTest("Not a test."))

    def setUp(self):
        import random as r

        from . import random

        super().setUp()
        r.seed(random._DEFAULT_GRAPH_SEED)
        _np().random.seed(random._DEFAULT_GRAPH_SEED)
        random.set_seed(random._DEFAULT_GRAPH_SEED)

    def get_temp_dir(self):
        if not self._tempdir:
            self._tempdir = tempfile.mkdtemp()
        return self._tempdir

    def create_tempdir(self, name=None):
        return tempfile.mkdtemp(dir=self.get_temp_dir())

    def enter_context(self, manager):
        r = manager.__enter__()
        self.addCleanup(manager.__exit__, None, None, None)
        return r

    def _eval_tensor(self, t):
        if t is None:
            return None
        if callable(t) and not hasattr(t, "numpy"):
            return self.evaluate(t())
        if hasattr(t, "numpy") and callable(t.numpy):
            return t.numpy()
        if hasattr(t, "values") and hasattr(t, "indices"):
            from . import nest

            return nest.map_structure(lambda v: v.numpy(), t, expand_composites=True)
        raise ValueError(f"Unsupported type {type(t).__name__!r}.")

    def evaluate(self, tensors):
        from . import nest

        if not isinstance(tensors, (list, tuple, dict)):
            return self._eval_tensor(tensors)
        return nest.map_structure(self._eval_tensor, tensors)

    @contextlib.contextmanager
    def session(self, graph=None, config=None, use_gpu=True, force_gpu=False):
        yield None

    cached_session = test_session = session

    def evaluate_if_both_tensors(self, a, b):
        return a, b

    def _GetNdArray(self, a):
        np = _np()
        if isinstance(a, _T) or (hasattr(a, "numpy") and hasattr(a, "dtype")):
            a = a.numpy()
        if not isinstance(a, np.ndarray):
            try:
                return np.array(a)
            except ValueError as e:
                if "inhomogeneous shape" in str(e):
                    return np.array(a, dtype=object)
                raise
        return a

    def _assertArrayLikeAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        np = _np()
        a, b = self._GetNdArray(a), self._GetNdArray(b)
        sm = "Shape mismatch: expected %s, got %s" % (a.shape, b.shape)
        self.assertEqual(a.shape, b.shape, sm + (" with contents %s." % b if b.ndim <= 3 or b.size < 500 else "."))
        if not np.allclose(a, b, rtol=rtol, atol=atol):
            cond = np.logical_or(np.abs(a - b) > atol + rtol * np.abs(b), np.isnan(a) != np.isnan(b))
            x, y = (a[_where(cond)], b[_where(cond)]) if a.ndim else (a, b)
            msgs = [msg] + (["not close where = {}".format(_where(cond))] if a.ndim else []) + [
                "not close lhs = {}".format(x), "not close rhs = {}".format(y),
                "not close dif = {}".format(np.abs(x - y)), "not close tol = {}".format(atol + rtol * np.abs(y)),
                "dtype = {}, shape = {}".format(a.dtype, a.shape)]
            np.testing.assert_allclose(a, b, rtol=rtol, atol=atol, err_msg="\n".join(map(str, msgs)), equal_nan=True)

    def _assertAllCloseRecursive(self, a, b, rtol=1e-6, atol=1e-6, path=None, msg=None):
        from collections.abc import Mapping

        path, msg = path or [], msg or ""
        ps = ("[" + "][".join(str(p) for p in path) + "]") if path else ""
        a = a._asdict() if hasattr(a, "_asdict") else a
        b = b._asdict() if hasattr(b, "_asdict") else b
        ad = isinstance(a, Mapping)
        if ad != isinstance(b, Mapping):
            raise ValueError("Can't compare dict to non-dict, a%s vs b%s. %s" % (ps, ps, msg))
        mm = "Mismatched value: a%s is different from b%s. %s" % (ps, ps, msg)
        if ad:
            self.assertCountEqual(a.keys(), b.keys(), msg="mismatched keys: a%s has keys %s, but b%s has keys %s. %s"
                                  % (ps, a.keys(), ps, b.keys(), msg))
            for k in a:
                self._assertAllCloseRecursive(a[k], b[k], rtol, atol, path + [k], msg)
        elif isinstance(a, (list, tuple)):
            try:
                self._assertArrayLikeAllClose(self._GetNdArray(a), self._GetNdArray(b), rtol, atol, mm)
            except (ValueError, TypeError, NotImplementedError):
                if len(a) != len(b):
                    raise ValueError("Mismatched length: a%s has %d items, but b%s has %d items. %s"
                                     % (ps, len(a), ps, len(b), msg))
                for i, (x, y) in enumerate(zip(a, b)):
                    self._assertAllCloseRecursive(x, y, rtol, atol, path + [str(i)], msg)
        else:
            try:
                self._assertArrayLikeAllClose(a, b, rtol, atol, mm)
            except TypeError as e:
                e.args = (e.args[0] + " : Error: a%s has %s, but b%s has %s. %s" % (ps, type(a), ps, type(b), msg),
                          ) + e.args[1:]
                raise

    def assertAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        self._assertAllCloseRecursive(a, b, rtol=rtol, atol=atol, msg=msg)

    def assertAllCloseAccordingToType(self, a, b, rtol=1e-6, atol=1e-6, float_rtol=1e-6, float_atol=1e-6,
                                      half_rtol=1e-3, half_atol=1e-3, bfloat16_rtol=1e-2, bfloat16_atol=1e-2,
                                      msg=None):
        a, b = self._GetNdArray(a), self._GetNdArray(b)
        ds = {a.dtype.name, b.dtype.name}
        for names, r, t in (({"float32", "complex64"}, float_rtol, float_atol), ({"float16"}, half_rtol, half_atol),
                            ({"bfloat16"}, bfloat16_rtol, bfloat16_atol)):
            if ds & names:
                rtol, atol = max(rtol, r), max(atol, t)
        self.assertAllClose(a, b, rtol=rtol, atol=atol, msg=msg)

    def assertNotAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        try:
            self.assertAllClose(a, b, rtol=rtol, atol=atol, msg=msg)
        except AssertionError:
            return
        raise AssertionError("The two values are close at all elements. %s" % (msg or ""))

    def assertAllEqual(self, a, b, msg=None):
        np = _np()
        msg = msg or ""
        a, b = self._GetNdArray(a), self._GetNdArray(b)
        self.assertEqual(a.shape, b.shape, "Shape mismatch: expected %s, got %s." % (a.shape, b.shape) + (
            " Contents: %r. \n%s." % (b, msg) if b.ndim <= 3 or b.size < 500 else " %s" % msg))
        same = a == b
        if a.dtype.kind in "fc":
            same = np.logical_or(same, np.logical_and(np.isnan(a), np.isnan(b)))
        if not np.all(same):
            d = np.logical_not(same)
            x, y = (a[_where(d)], b[_where(d)]) if a.ndim else (a, b)
            msgs = [msg] + (["not equal where = {}".format(_where(d))] if a.ndim else []) + [
                "not equal lhs = %r" % (x,), "not equal rhs = %r" % (y,)]
            if a.dtype.kind != b.dtype.kind and {a.dtype.kind, b.dtype.kind} <= set("USO"):
                enc = lambda v: np.array([s.encode("utf-8") if isinstance(s, str) else s for s in v.flat]  # noqa: E731
                                         ).reshape(v.shape)
                a, b = enc(a), enc(b)
            np.testing.assert_array_equal(a, b, err_msg="\n".join(msgs))

    def assertNotAllEqual(self, a, b, msg=None):
        try:
            self.assertAllEqual(a, b)
        except AssertionError:
            return
        raise AssertionError("The two values are equal at all elements. %s" % (msg or ""))

    def _format_subscripts(self, subscripts, value, limit=10, indent=2):
        pre = " " * indent
        if _np().ndim(value) == 0:
            return [pre + "[0] : " + str(value)]
        subs = _np().transpose(subscripts)
        out = [pre + str(s) + " : " + str(value[tuple(s)]) for s in subs[:limit]]
        return out + [pre + "..."] if len(subs) > limit else out

    def assertAllInRange(self, target, lower_bound, upper_bound, open_lower_bound=False, open_upper_bound=False):
        np = _np()
        t = self._GetNdArray(target)
        if not (np.issubdtype(t.dtype, np.floating) or np.issubdtype(t.dtype, np.integer)):
            raise AssertionError("The value of %s does not have an ordered numeric type, instead it has type: %s"
                                 % (t, t.dtype))
        nan = _where(np.isnan(t))
        if np.size(nan):
            raise AssertionError("%d of the %d element(s) are NaN. Subscripts(s) and value(s) of the NaN element(s):\n"
                                 % (len(nan[0]), np.size(t)) + "\n".join(self._format_subscripts(nan, t)))
        rs = "%s%s, %s%s" % ("([" [not open_lower_bound], lower_bound, upper_bound, ")]" [not open_upper_bound])
        v = _where((t <= lower_bound if open_lower_bound else t < lower_bound) |
                   (t >= upper_bound if open_upper_bound else t > upper_bound))
        if np.size(v):
            raise AssertionError("%d of the %d element(s) are outside the range %s. " % (len(v[0]), np.size(t), rs)
                                 + "Subscript(s) and value(s) of the offending elements:\n"
                                 + "\n".join(self._format_subscripts(v, t)))

    def assertAllInSet(self, target, expected_set):
        diff = _np().setdiff1d(self._GetNdArray(target).flatten(), list(expected_set))
        if diff.size:
            raise AssertionError("%d unique element(s) are not in the set %s: %s" % (diff.size, expected_set, diff))

    def assertDTypeEqual(self, target, expected_dtype):
        self.assertEqual(self._GetNdArray(target).dtype, expected_dtype)

    def assertShapeEqual(self, input_a, input_b, msg=None):
        np = _np()
        for n, x in (("input_a", input_a), ("input_b", input_b)):
            if not isinstance(x, (np.ndarray, np.generic, _T)):
                raise TypeError(n + " must be a Numpy ndarray, Numpy scalar, or a Tensor.Instead received %s" % type(x))
        sa, sb = (x.shape.as_list() if isinstance(x, _T) else x.shape for x in (input_a, input_b))
        self.assertAllEqual(sa, sb, msg=msg)

    def assertNear(self, f1, f2, err, msg=None):
        f1, f2 = _np().squeeze(f1), _np().squeeze(f2)
        if f1 != f2:
            d = abs(float(f1) - float(f2))
            self.assertTrue(d <= err, "%f != %f +/- %f (difference: %g)%s"
                            % (f1, f2, err, d, " (%s)" % msg if msg is not None else ""))

    def assertArrayNear(self, farray1, farray2, err, msg=None):
        self.assertEqual(len(farray1), len(farray2), msg=msg)
        for a, b in zip(farray1, farray2):
            self.assertNear(float(a), float(b), err, msg=msg)

    def assertNDArrayNear(self, ndarray1, ndarray2, err, msg=None):
        self.assertTrue(_np().linalg.norm(ndarray1 - ndarray2) < err, msg=msg)

    def assertDictEqual(self, a, b, msg=None):
        try:
            super().assertDictEqual(a, b, msg)
        except Exception:
            self.assertCountEqual(set(a.keys()), set(b.keys()))
            for k, v in a.items():
                (self.assertAllClose if self._GetNdArray(v).dtype.kind == "f" else self.assertAllEqual)(v, b[k], msg=k)

    @contextlib.contextmanager
    def assertRaisesWithPredicateMatch(self, exception_type, expected_err_re_or_predicate):
        pred = expected_err_re_or_predicate
        if not callable(pred):
            pat = pred
            pred = lambda e: re.search(pat, getattr(e, "message", None) or str(e))  # noqa: E731
        try:
            yield
            self.fail(exception_type.__name__ + " not raised")
        except Exception as e:
            if not isinstance(e, exception_type) or not pred(e):
                raise AssertionError("Exception of type %s: %s" % (str(type(e)), str(e)))

    def assertRaisesOpError(self, expected_err_re_or_predicate):
        from .errors import OpError

        return self.assertRaisesWithPredicateMatch(OpError, expected_err_re_or_predicate)

    def assertRaisesIncompatibleShapesError(self, exception_type=None):
        from .errors import InvalidArgumentError

        return self.assertRaisesWithPredicateMatch(
            exception_type or InvalidArgumentError,
            r"Incompatible shapes|Dimensions must be equal|required broadcastable shapes")

    # absltest.TestCase's
    def assertLen(self, container, expected_len, msg=None):
        if len(container) != expected_len:
            self.fail("%s has length of %d, expected %d." % (repr(container)[:100], len(container), expected_len)
                      + _sfx(msg))

    def assertEmpty(self, container, msg=None):
        if len(container):
            self.fail("%r has length of %d." % (container, len(container)) + _sfx(msg))

    def assertNotEmpty(self, container, msg=None):
        if not len(container):
            self.fail("%r has length of 0." % (container,) + _sfx(msg))

    def assertItemsEqual(self, expected_seq, actual_seq, msg=None):
        self.assertCountEqual(expected_seq, actual_seq, msg)

    def assertSameElements(self, expected_seq, actual_seq, msg=None):
        e, a = set(expected_seq), set(actual_seq)
        if e != a:
            self.fail("Expected, but missing:\n  %r\nUnexpected, but present:\n  %r" % (
                sorted(e - a, key=repr), sorted(a - e, key=repr)) + _sfx(msg))

    def assertStartsWith(self, actual, expected_start, msg=None):
        if not actual.startswith(expected_start):
            self.fail("%r does not start with %r" % (actual, expected_start) + _sfx(msg))

    @contextlib.contextmanager
    def assertRaisesWithLiteralMatch(self, expected_exception, expected_exception_message):
        with self.assertRaises(expected_exception) as cm:
            yield cm
        if str(cm.exception) != expected_exception_message:
            self.fail("Exception message does not match.\nExpected: %r\nActual: %r"
                      % (expected_exception_message, str(cm.exception)))


for _n, _f, _c in (("Greater", "min", "assertGreater"), ("Less", "max", "assertLess"),
                   ("GreaterEqual", "min", "assertGreaterEqual"), ("LessEqual", "max", "assertLessEqual")):
    setattr(TestCase, "assertAll" + _n, lambda self, a, comparison_target, f=_f, c=_c: getattr(self, c)(
        getattr(_np(), f)(self._GetNdArray(a)), comparison_target))


class _Result(unittest.TextTestResult):
    # absltest's per-test lines: [ RUN      ] / [       OK ] / [  FAILED  ] / [  SKIPPED ].

    def _line(self, tag, test, extra=""):
        self.stream.write("[%s] %s.%s%s\n" % (tag, type(test).__name__, test._testMethodName, extra))
        self.stream.flush()

    def startTest(self, test):
        unittest.TestResult.startTest(self, test)
        self._line(" RUN      ", test)

    def addSuccess(self, test):
        unittest.TestResult.addSuccess(self, test)
        self._line("       OK ", test)

    def addFailure(self, test, err):
        unittest.TestResult.addFailure(self, test, err)
        self._line("  FAILED  ", test)

    def addError(self, test, err):
        unittest.TestResult.addError(self, test, err)
        self._line("  FAILED  ", test)

    def addSkip(self, test, reason):
        unittest.TestResult.addSkip(self, test, reason)
        self._line("  SKIPPED ", test, " - " + reason)


def main(argv=None):
    """Runs the __main__ module's TestCases and exits with the result (absltest.main)."""
    sys.stderr.write("Running tests under Python %s: %s\n" % (sys.version.split()[0], sys.executable))
    unittest.main(module="__main__", argv=argv, testRunner=unittest.TextTestRunner(resultclass=_Result))


def get_temp_dir():
    return tempfile.mkdtemp()


def _false(*a, **k):
    return False


is_gpu_available = is_built_with_cuda = is_built_with_rocm = is_built_with_gpu_support = is_built_with_xla = _false


def gpu_device_name():
    return ""


def compute_gradient(f, x, delta=None):
    """Theoretical (tape) and numeric (central differences) Jacobians of f at x, shaped (y_size, x_size)."""
    np = _np()
    from . import GradientTape, convert_to_tensor as ct

    if not isinstance(x, (list, tuple)):
        raise ValueError("`x` must be a list or tuple of values convertible to a Tensor (arguments to `f`), not a %s"
                         % type(x))
    delta = 1.0 / 1024 if delta is None else delta
    xs = [ct(v) for v in x]
    y = f(*xs)
    yd, ys, shp = y.dtype.as_numpy_dtype, int(np.prod(y.shape.as_list(), dtype=np.int64)), y.shape.as_list()
    th, nu = [], []
    for p, xp in enumerate(xs):
        if not xp.dtype.is_floating:
            raise AssertionError("Cannot compute gradient for unsupported type %s of argument %s" % (xp.dtype.name, p))
        args = [_np().array(v.numpy()) for v in xs]
        a = args[p]
        jt, jn = np.zeros((ys, a.size), a.dtype), np.zeros((ys, a.size), a.dtype)
        for r in range(ys):
            dy = np.zeros(ys, yd)
            dy[r] = 1
            with GradientTape() as t:
                t.watch(xs[p])
                out = f(*xs)
            g = t.gradient(out, xs[p], output_gradients=ct(dy.reshape(shp)))
            if g is not None:
                jt[r] = ct(g).numpy().ravel()
        for c in range(a.size):
            o = a.ravel()[c]
            ev = []
            for s in (delta, -delta):
                a.ravel()[c] = o + s
                ev.append(f(*[ct(v) for v in args]).numpy())
            a.ravel()[c] = o
            jn[:, c] = ((ev[0] - ev[1]) / np.asarray(2 * delta, yd)[()]).ravel()
        th.append(jt)
        nu.append(jn)
    return tuple(th), tuple(nu)
