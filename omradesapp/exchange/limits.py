"""Limits on an export package, shared by the writer and the reader.

One place, so that the desk can never write a package the unit head's import
refuses. A desk's realistic month is a few hundred entries (SPEC §10), so these
limits only stop a mistaken export of many years, or a hostile file.
"""

from __future__ import annotations

MAX_PACKAGE_ENTRIES = 200_000
MAX_PACKAGE_BYTES = 64 * 1024 * 1024
