# mindspore.nn.metrics (the older home of mindspore.train.metrics).
from ..train.metrics import *  # noqa: F401,F403
