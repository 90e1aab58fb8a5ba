"""The identity guard (SPEC §7): one check that every free-text path calls.

A note must not hold a Swedish personal identity number (personnummer or
samordningsnummer; 10 or 12 digits, with or without `-`/`+`, Luhn-checked), a
phone number or an e-mail address. The checks lean towards refusing: a worker
can always rephrase a note, a stored identity cannot be taken back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Word processors write dashes and spaces in many ways; the guard reads them all as one.
_DASHES = re.compile("[\u2010-\u2014\u2212\ufe63\uff0d]")
# Unicode's format characters (category Cf: soft hyphen, zero-width space, word joiner,
# direction marks, ...), spelled out: asking unicodedata per character is slow.
_FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
_FORMAT = re.compile(f"[{_FORMAT_CHARACTERS}]")
_SPACES = re.compile(r"\s+")
# "anna [at] example.se", "anna (at) example.se", "anna @ example.se": an address all the same.
_AT = re.compile(r"\s*(?:[\[({<]\s*(?:at|snabel-?a)\s*[\])}>]|@)\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*[\[({<]\s*(?:dot|punkt)\s*[\])}>]\s*", re.IGNORECASE)
# Between the digit groups of a personnummer anything a writer may put: a dash, a dot, a
# slash, an underscore, a colon, spaces or a line break ("850101/1236", "1985-01-01-1236").
_SEP = r"(?: *[-+./_:]? *)"
# A tail that starts another date is a year: "2026-10-01-2026-10-31" is a period.
_PNR = re.compile(
    rf"(?<!\d)(?P<date>(?:\d{{2}})?\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}){_SEP}(?P<tail>\d{{4}})"
    r"(?!\d)(?![-./_:]\d{2}[-./_:]\d{2}(?!\d))"
)
# Not inside a date ("2026-10-02"), a time ("13:30") or a decimal number ("9.00").
# Matched at every start (a lookahead), so that a date before a number cannot hide it.
_PHONE = re.compile(r"(?<![\w+])(?<!\d[-:./])(?=((?:\+|00)?\d(?: ?[-/.]? ?\(?\d\)?){6,14}(?!\d)))")
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Finding:
    """What the guard found, and a Swedish sentence that names it."""

    kind: str  # "personnummer", "phone" or "email"
    text: str

    @property
    def what(self) -> str:
        return {
            "personnummer": "ett personnummer eller samordningsnummer",
            "phone": "ett telefonnummer",
            "email": "en e-postadress",
        }[self.kind]

    @property
    def message(self) -> str:
        return self.said_of("Anteckningen")

    def said_of(self, subject: str) -> str:
        """The finding told of `subject` ("Skälet", "Filnamnet", ...)."""
        return (
            f"{subject} innehåller {self.what} ({self.text}). "
            "Skriv inga namn eller uppgifter som kan identifiera en person."
        )


class IdentityError(ValueError):
    """Raised when free text holds something that identifies a person."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


def luhn_ok(digits: str) -> bool:
    """The Luhn check over a string of digits (last digit is the check digit)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def normalise(text: str) -> str:
    """`text` as the guard reads it: disguises taken off.

    NFKC turns full-width digits and `＠` into ASCII; format characters (zero-width
    space, soft hyphen, word joiner, ...) are dropped, so they cannot split a number;
    every run of white space, line breaks included, becomes one space; every dash one
    `-`; and an e-mail address written with `[at]` or spaces around `@` is put together.
    """
    text = _FORMAT.sub("", unicodedata.normalize("NFKC", text))
    text = _SPACES.sub(" ", _DASHES.sub("-", text))
    return _DOT.sub(".", _AT.sub("@", text))


def _is_identity_number(m: re.Match[str]) -> bool:
    date = re.sub(r"\D", "", m["date"])
    if len(date) == 8:
        if date[:2] not in ("18", "19", "20"):
            return False
        date = date[2:]
    month, day = int(date[2:4]), int(date[4:6])
    if not 1 <= month <= 12:
        return False
    if not (1 <= day <= 31 or 61 <= day <= 91):  # day + 60: samordningsnummer
        return False
    return luhn_ok(date + m["tail"])


def _looks_like_phone(text: str) -> bool:
    if _ISO_DATE.search(text):
        return False
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or text.startswith("00"):
        return 8 <= len(digits) <= 15
    if digits.startswith("46") and len(digits) == 11:  # +46 70 ... written without the plus
        return True
    # Swedish numbers start with a 0 and have 8-10 digits: "013-20 60 00", "070-123 45 67".
    return digits.startswith("0") and 8 <= len(digits) <= 10 and not digits.startswith("00")


def find_identity(text: str) -> Finding | None:
    """The first thing in `text` that identifies a person, or None."""
    text = normalise(text)
    if "@" not in text and len(_DIGIT.findall(text)) < 7:
        return None  # too few digits for any number the guard looks for: most names, notes
    for m in _PNR.finditer(text):
        if _is_identity_number(m):
            return Finding("personnummer", m.group(0))
    address = _EMAIL.search(text)
    if address:
        return Finding("email", address.group(0))
    for m in _PHONE.finditer(text):
        candidate = m.group(1).strip()
        # Shorter readings too: "070-123 45 67 2026" must not hide behind its tail.
        while candidate:
            if _looks_like_phone(candidate):
                return Finding("phone", candidate)
            candidate = re.sub(r"[ \-/.()]*\d$", "", candidate)
    return None


def check_free_text(text: str | None) -> None:
    """Raise IdentityError if `text` holds a personal identity number, phone or e-mail."""
    if text:
        finding = find_identity(text)
        if finding is not None:
            raise IdentityError(finding)
