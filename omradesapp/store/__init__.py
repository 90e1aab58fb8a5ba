"""The SQLite store (standard sqlite3): the only place with SQL."""
