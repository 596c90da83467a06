"""tf.keras (Keras 2 / tf-keras semantics): optimizers and losses used by training scripts."""
from . import losses, optimizers  # noqa: F401

__version__ = "2.21.0"
