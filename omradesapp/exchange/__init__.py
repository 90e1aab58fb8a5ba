"""Moving entries in and out: CSV interchange and export packages."""
