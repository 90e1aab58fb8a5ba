"""Names the app keeps (workers, units, labels, templates): short, and never an identity.

Every path that stores such a name calls `clean_name`, so the identity guard
(SPEC §7) covers them as it covers notes.
"""

from __future__ import annotations

from omradesapp.domain.entry import ValidationError
from omradesapp.domain.identity import find_identity

MAX_NAME = 60


def clean_name(text: str | None, field: str, what: str = "Namnet", max_len: int = MAX_NAME) -> str:
    """The name stripped, or ValidationError(field) if empty, too long or identifying."""
    name = (text or "").strip()
    if not name:
        raise ValidationError(field, f"{what} saknas.")
    if len(name) > max_len:
        raise ValidationError(field, f"{what} är längre än {max_len} tecken.")
    finding = find_identity(name)
    if finding is not None:
        raise ValidationError(
            field,
            f"{what} innehåller {finding.what} ({finding.text}); "
            "skriv bara namn eller initialer på medarbetare, aldrig uppgifter om klienter.",
        )
    return name
