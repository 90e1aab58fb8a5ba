"""One limit for export and import of packages, defined once."""

from __future__ import annotations

from omradesapp.exchange import limits, package


def test_the_package_reader_takes_its_limit_from_the_shared_one() -> None:
    assert package.MAX_ENTRIES == limits.MAX_PACKAGE_ENTRIES
