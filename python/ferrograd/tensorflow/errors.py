# `tf.errors`: the OpError hierarchy (tensorflow.python.framework.errors_impl).


class OpError(Exception):
    def __init__(self, node_def, op, message, *args):
        super().__init__(message)
        self._node_def = node_def
        self._op = op
        self._message = message

    @property
    def message(self):
        return self._message

    @property
    def op(self):
        return self._op

    @property
    def node_def(self):
        return self._node_def

    def __str__(self):
        return self._message


def _make(name, code):
    cls = type(name, (OpError,), {"error_code": code})
    cls.__module__ = "tensorflow.python.framework.errors_impl"
    return cls


OpError.__module__ = "tensorflow.python.framework.errors_impl"
CancelledError = _make("CancelledError", 1)
UnknownError = _make("UnknownError", 2)
InvalidArgumentError = _make("InvalidArgumentError", 3)
DeadlineExceededError = _make("DeadlineExceededError", 4)
NotFoundError = _make("NotFoundError", 5)
AlreadyExistsError = _make("AlreadyExistsError", 6)
PermissionDeniedError = _make("PermissionDeniedError", 7)
ResourceExhaustedError = _make("ResourceExhaustedError", 8)
FailedPreconditionError = _make("FailedPreconditionError", 9)
AbortedError = _make("AbortedError", 10)
OutOfRangeError = _make("OutOfRangeError", 11)
UnimplementedError = _make("UnimplementedError", 12)
InternalError = _make("InternalError", 13)
UnavailableError = _make("UnavailableError", 14)
DataLossError = _make("DataLossError", 15)
UnauthenticatedError = _make("UnauthenticatedError", 16)
OK = 0
CANCELLED = 1
UNKNOWN = 2
INVALID_ARGUMENT = 3


def _invalid(op, detail, name=True, wrapped=True):
    # InvalidArgumentError with TF's eager message layout.
    msg = ""
    if wrapped:
        msg = "{{function_node __wrapped__%s_device_/job:localhost/replica:0/task:0/device:CPU:0}} " % op
    msg += "%s [Op:%s]" % (detail, op)
    if name:
        msg += " name: "
    return InvalidArgumentError(None, None, msg)
