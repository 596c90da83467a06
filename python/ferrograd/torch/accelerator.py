# torch.accelerator: ferrograd runs on the CPU only, so no accelerator is available.


def is_available():
    return False


def current_accelerator(check_available=False):
    return None


def device_count():
    return 0


def synchronize(device=None):
    pass
