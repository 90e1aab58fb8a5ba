"""The database schema as numbered migration steps (PRAGMA user_version).

The `tallies` table holds counts per month, unit, kind and code; it is kept
in step with `entries` by the write path in entries.py (store/tallies.py), and
`tallies_by_year` and `tallies_all_units` hold its sums per year and over units.
`package_versions` remembers, per entry and exporting device, the revision
last taken from that device's export packages and the entry's revision here
right after that take (exchange/package_merge.py).

A step that has shipped is never edited: a change is a new step. Each step runs
in the transaction of `database.migrate`, after a backup of the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# 'OMRA': marks a file as ours (PRAGMA application_id).
APPLICATION_ID = 0x4F4D5241


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run DDL statement by statement (executescript would commit the migration's transaction).

    A `;` ends a statement only where SQLite says the statement is complete: inside a
    trigger body or a string literal it does not.
    """
    statement = ""
    for piece in sql.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip(" \t\n;"):
        raise ValueError(f"Ofullständig SQL-sats i schemat: {statement.strip()[:80]}")


def _v1(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('family_centre', 'area_office', 'team')),
            age_from INTEGER,
            age_to INTEGER,
            fte REAL NOT NULL DEFAULT 0,
            active_from TEXT,
            active_to TEXT
        );
        CREATE TABLE unit_fte (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            fte REAL NOT NULL,
            PRIMARY KEY (unit_id, year)
        );
        CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            unit_id INTEGER REFERENCES units(id),
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE entries (
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('visit', 'contact', 'group', 'meeting', 'time')),
            date TEXT NOT NULL,
            time TEXT,
            minutes INTEGER CHECK (minutes BETWEEN 0 AND 1440),
            unit_id INTEGER NOT NULL REFERENCES units(id),
            worker_id INTEGER REFERENCES workers(id),
            adults INTEGER CHECK (adults BETWEEN 0 AND 500),
            children INTEGER CHECK (children BETWEEN 0 AND 500),
            contact_type TEXT,
            form TEXT,
            age_group TEXT,
            topics TEXT NOT NULL DEFAULT '[]',
            meeting_type TEXT,
            partners TEXT NOT NULL DEFAULT '[]',
            referral TEXT NOT NULL DEFAULT '[]',
            group_type TEXT,
            evening INTEGER NOT NULL DEFAULT 0,
            category TEXT,
            note TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            device TEXT NOT NULL
        );
        CREATE INDEX entries_date ON entries(date);
        CREATE INDEX entries_worker_date ON entries(worker_id, date);
        CREATE INDEX entries_noted ON entries(date) WHERE note IS NOT NULL;
        CREATE TABLE tallies (
            month TEXT NOT NULL,
            unit_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            measure TEXT NOT NULL,
            code TEXT NOT NULL,
            n INTEGER NOT NULL,
            adults INTEGER NOT NULL,
            children INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            evening INTEGER NOT NULL,
            PRIMARY KEY (month, unit_id, kind, measure, code)
        ) WITHOUT ROWID;
        CREATE TABLE targets (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            figure TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (unit_id, year, figure)
        );
        CREATE TABLE closed_months (
            month TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            closed_at TEXT NOT NULL,
            closed_by TEXT NOT NULL,
            PRIMARY KEY (month, unit_id)
        );
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entry_id TEXT,
            details TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_entry ON audit(entry_id);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL
        );
        CREATE INDEX imports_sha ON imports(sha256);
        CREATE TABLE package_versions (
            entry_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (entry_id, origin)
        ) WITHOUT ROWID;
        CREATE TABLE labels (
            list TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (list, code)
        );
        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            fields TEXT NOT NULL,
            schedule TEXT
        );
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Revisions instead of clocks: merging must not depend on the desks' wall clocks.

    Every entry gets `revision` (1 for all existing ones). `package_versions` is rebuilt
    (SQLite's ALTER cannot drop the old key column from this WITHOUT ROWID table and
    leave the new ones without defaults) to hold revisions instead of `updated_at`:

    - `revision`: the origin's revision last taken; 0 for a take made before revisions
      existed, so that any version now sent is compared with the head's copy once;
    - `head_revision`: this database's revision of the entry right after that take: 1
      where the entry is still the version taken, 0 where it was changed here since
      (schema 1 told the two apart by `updated_at`), so such a change stays a conflict.

    Also: default durations per unit and kind (SPEC §4); a kind not listed keeps the
    built-in one.
    """
    _script(
        conn,
        """
        ALTER TABLE entries ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE package_versions_v2 (
            entry_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            revision INTEGER NOT NULL,
            head_revision INTEGER NOT NULL,
            PRIMARY KEY (entry_id, origin)
        ) WITHOUT ROWID;
        INSERT INTO package_versions_v2(entry_id, origin, revision, head_revision)
            SELECT p.entry_id, p.origin, 0,
                   CASE WHEN e.updated_at = p.updated_at THEN 1 ELSE 0 END
            FROM package_versions AS p LEFT JOIN entries AS e ON e.id = p.entry_id;
        DROP TABLE package_versions;
        ALTER TABLE package_versions_v2 RENAME TO package_versions;
        CREATE TABLE default_minutes (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
            PRIMARY KEY (unit_id, kind)
        ) WITHOUT ROWID
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Known desks (SPEC §6, completeness before closing): every device that has sent a
    package, named by its worker and units, and the last day its packages cover.

    `unit_ids` is a JSON list: the units the desk named as its own and the units of the
    entries it sent. `covered_to` only grows: an older package imported late does not
    pull a desk's data back.
    """
    _script(
        conn,
        """
        CREATE TABLE desks (
            origin TEXT PRIMARY KEY,
            worker TEXT,
            unit_ids TEXT NOT NULL DEFAULT '[]',
            covered_to TEXT NOT NULL,
            last_import TEXT NOT NULL
        ) WITHOUT ROWID
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    """Targets that hold until changed, for any figure, per year or per FTE; codes that grow.

    `targets` is rebuilt: a target holds from `from_year` until a later row for the same
    unit and figure; `per_fte` 1 means the value is per årsarbetare and is scaled by the
    unit's FTE of each year. A schema 1 target (unit, year, figure, value) becomes a
    per-year target from that year.

    `codes` holds the municipality's own codes (a `label`, and for meeting types and time
    categories the time-split category, `split`) and retirements (`retired` 1; for a
    built-in code the row has no label). Built-in codes live in domain/codes.py.

    The rebuild of `targets` (a renamed column in a new primary key, which SQLite's ALTER
    cannot do) is sqlite-utils' `transform()`, imported here only: it runs in a savepoint
    of the migration's transaction and commits nothing itself.
    """
    from sqlite_utils import Database  # only when migrating: start-up never pays for it

    targets = Database(conn).table("targets")
    targets.add_column("per_fte", int, not_null_default=0)
    targets.transform(rename={"year": "from_year"}, pk=("unit_id", "figure", "from_year"))
    _script(
        conn,
        """
        CREATE TABLE codes (
            list TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT,
            split TEXT,
            retired INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (list, code)
        ) WITHOUT ROWID
        """,
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Family engagements (SPEC §12) and the entry fields of schema 2 (SPEC §9).

    No table is rebuilt: SQLite's ALTER TABLE adds the new entry columns with their CHECK
    constraints (checked against the existing rows, all NULL or 0). The entry's link to an
    engagement is its code within the entry's unit, which a foreign key cannot express
    (codes are unique only among live engagements, and retention replaces them), so the
    write path in entries.py checks it and engagements.py refuses to delete a linked one.

    `engagements` keeps the bookkeeping entries have (created/updated/deleted, device,
    revision) so that packages merge it the same way. `code_replaced` marks a code made
    opaque by retention (retention.py): it is not a running number any more.
    """
    _script(
        conn,
        """
        CREATE TABLE engagements (
            id TEXT NOT NULL UNIQUE,
            code TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            assignment TEXT NOT NULL,
            basis TEXT NOT NULL,
            source TEXT NOT NULL,
            requested TEXT NOT NULL,
            start TEXT NOT NULL,
            "end" TEXT,
            consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
            age_band TEXT,
            girls INTEGER NOT NULL DEFAULT 0 CHECK (girls BETWEEN 0 AND 10),
            boys INTEGER NOT NULL DEFAULT 0 CHECK (boys BETWEEN 0 AND 10),
            sip_at_start INTEGER NOT NULL DEFAULT 0 CHECK (sip_at_start IN (0, 1)),
            sip_date TEXT,
            employment_start TEXT,
            employment_end TEXT,
            economy_start TEXT,
            economy_end TEXT,
            soc_start INTEGER CHECK (soc_start BETWEEN 13 AND 91),
            soc_end INTEGER CHECK (soc_end BETWEEN 13 AND 91),
            eligible TEXT,
            end_reason TEXT,
            code_replaced INTEGER NOT NULL DEFAULT 0 CHECK (code_replaced IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            device TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE UNIQUE INDEX engagements_code ON engagements(unit_id, code)
            WHERE deleted_at IS NULL;
        CREATE INDEX engagements_start ON engagements(start);
        ALTER TABLE entries ADD COLUMN private_network INTEGER
            CHECK (private_network BETWEEN 0 AND 100);
        ALTER TABLE entries ADD COLUMN professional_network INTEGER
            CHECK (professional_network BETWEEN 0 AND 100);
        ALTER TABLE entries ADD COLUMN answered_24h INTEGER NOT NULL DEFAULT 0
            CHECK (answered_24h IN (0, 1));
        ALTER TABLE entries ADD COLUMN engagement TEXT;
        CREATE INDEX entries_engagement ON entries(unit_id, engagement)
            WHERE engagement IS NOT NULL;
        CREATE INDEX entries_answered ON entries(unit_id, date) WHERE answered_24h = 1
        """,
    )


def _v6(conn: sqlite3.Connection) -> None:
    """The unit head's comment per unit and month, printed under that unit's figures (SPEC §5).

    Not a note: it is written for the report and travels with it; the identity guard applies.
    """
    _script(
        conn,
        """
        CREATE TABLE unit_comments (
            month TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL,
            PRIMARY KEY (month, unit_id)
        ) WITHOUT ROWID
        """,
    )


def _v7(conn: sqlite3.Connection) -> None:
    """The tallies summed per year and over all units, kept in step by `tallies.write`.

    A ten-year report read some 200 000 month rows at a million entries and half as many
    at a hundred thousand; these two hold what it needs in rows whose number stops
    growing once every code has been used in a year (per unit) or a month (all units).
    """
    _script(
        conn,
        """
        CREATE TABLE tallies_by_year (
            year INTEGER NOT NULL,
            unit_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            measure TEXT NOT NULL,
            code TEXT NOT NULL,
            n INTEGER NOT NULL,
            adults INTEGER NOT NULL,
            children INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            evening INTEGER NOT NULL,
            PRIMARY KEY (year, unit_id, kind, measure, code)
        ) WITHOUT ROWID;
        CREATE TABLE tallies_all_units (
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            measure TEXT NOT NULL,
            code TEXT NOT NULL,
            n INTEGER NOT NULL,
            adults INTEGER NOT NULL,
            children INTEGER NOT NULL,
            minutes INTEGER NOT NULL,
            evening INTEGER NOT NULL,
            PRIMARY KEY (month, kind, measure, code)
        ) WITHOUT ROWID;
        INSERT INTO tallies_by_year
            SELECT CAST(substr(month, 1, 4) AS INTEGER), unit_id, kind, measure, code, sum(n),
                   sum(adults), sum(children), sum(minutes), sum(evening)
            FROM tallies GROUP BY 1, unit_id, kind, measure, code;
        INSERT INTO tallies_all_units
            SELECT month, kind, measure, code, sum(n), sum(adults), sum(children),
                   sum(minutes), sum(evening)
            FROM tallies GROUP BY month, kind, measure, code
        """,
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
)
SCHEMA_VERSION = len(MIGRATIONS)
