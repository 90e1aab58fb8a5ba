"""Entries, code lists and the rules they obey; knows nothing of storage or Qt."""
