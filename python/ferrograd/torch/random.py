# torch.random: the default generator's seeding and state.
from ._random import default_generator, get_rng_state, initial_seed, manual_seed, seed, set_rng_state  # noqa: F401


class fork_rng:
    """Context manager / decorator restoring the default generator's state on exit."""

    def __init__(self, devices=None, enabled=True, _caller="fork_rng", _devices_kw="devices", device_type="cuda"):
        self.enabled = enabled

    def __enter__(self):
        if self.enabled:
            self._state = get_rng_state()
        return None

    def __exit__(self, *exc):
        if self.enabled:
            set_rng_state(self._state)
        return False

    def __call__(self, fn):
        def wrapper(*a, **k):
            with self:
                return fn(*a, **k)

        return wrapper
