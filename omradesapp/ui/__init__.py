"""The Qt desktop app; the only package that imports PySide6."""

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 on Python 3.11 drops a reference to None (and, in some calls, to True or
    # False) each time a Qt call returns one (currentData(), focusWidget(), buddy() ...);
    # after a few thousand such calls the interpreter aborts with "deallocating None".
    # From Python 3.12 these are immortal; here they get the same footing once.
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
