"""Report figures and their renderings (JSON, PDF, CSV, XLSX)."""
