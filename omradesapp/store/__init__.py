"""The SQLite store: the only place with SQL (sqlite-utils over sqlite3)."""
