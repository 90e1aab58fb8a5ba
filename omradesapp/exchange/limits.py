"""Limits shared by the writing and the reading side of the exchange formats.

A limit lives here once, so that an export never writes a file its own import refuses.
"""

from __future__ import annotations

# Entries (tombstones included) in one export package: export refuses to write more,
# import refuses to read more. A package is read whole, so this bounds its memory.
# CSV files have no such limit: they are streamed, in bounded memory whatever their size.
MAX_PACKAGE_ENTRIES = 200_000
