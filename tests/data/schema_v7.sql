-- The schema of version 7: tests/test_schema.py holds the migrations to it.
CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entry_id TEXT,
            details TEXT NOT NULL DEFAULT '{}'
        );
CREATE TABLE closed_months (
            month TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            closed_at TEXT NOT NULL,
            closed_by TEXT NOT NULL,
            PRIMARY KEY (month, unit_id)
        );
CREATE TABLE codes (
            list TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT,
            split TEXT,
            retired INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (list, code)
        ) WITHOUT ROWID
        ;
CREATE TABLE default_minutes (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
            PRIMARY KEY (unit_id, kind)
        ) WITHOUT ROWID
        ;
CREATE TABLE desks (
            origin TEXT PRIMARY KEY,
            worker TEXT,
            unit_ids TEXT NOT NULL DEFAULT '[]',
            covered_to TEXT NOT NULL,
            last_import TEXT NOT NULL
        ) WITHOUT ROWID
        ;
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
        , revision INTEGER NOT NULL DEFAULT 1, private_network INTEGER
            CHECK (private_network BETWEEN 0 AND 100), professional_network INTEGER
            CHECK (professional_network BETWEEN 0 AND 100), answered_24h INTEGER NOT NULL DEFAULT 0
            CHECK (answered_24h IN (0, 1)), engagement TEXT);
CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL
        );
CREATE TABLE labels (
            list TEXT NOT NULL,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (list, code)
        );
CREATE TABLE "package_versions" (
            entry_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            revision INTEGER NOT NULL,
            head_revision INTEGER NOT NULL,
            PRIMARY KEY (entry_id, origin)
        ) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
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
CREATE TABLE "targets" (
   "unit_id" INTEGER NOT NULL REFERENCES "units"("id"),
   "from_year" INTEGER NOT NULL,
   "figure" TEXT NOT NULL,
   "value" REAL NOT NULL,
   "per_fte" INTEGER NOT NULL DEFAULT '0',
   PRIMARY KEY ("unit_id", "figure", "from_year")
);
CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            fields TEXT NOT NULL,
            schedule TEXT
        );
CREATE TABLE unit_comments (
            month TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            written_at TEXT NOT NULL,
            written_by TEXT NOT NULL,
            PRIMARY KEY (month, unit_id)
        ) WITHOUT ROWID
        ;
CREATE TABLE unit_fte (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            fte REAL NOT NULL,
            PRIMARY KEY (unit_id, year)
        );
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
CREATE TABLE workers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            unit_id INTEGER REFERENCES units(id),
            active INTEGER NOT NULL DEFAULT 1
        );
CREATE INDEX audit_entry ON audit(entry_id);
CREATE UNIQUE INDEX engagements_code ON engagements(unit_id, code)
            WHERE deleted_at IS NULL;
CREATE INDEX engagements_start ON engagements(start);
CREATE INDEX entries_answered ON entries(unit_id, date) WHERE answered_24h = 1
        ;
CREATE INDEX entries_date ON entries(date);
CREATE INDEX entries_engagement ON entries(unit_id, engagement)
            WHERE engagement IS NOT NULL;
CREATE INDEX entries_noted ON entries(date) WHERE note IS NOT NULL;
CREATE INDEX entries_worker_date ON entries(worker_id, date);
CREATE INDEX imports_sha ON imports(sha256);
