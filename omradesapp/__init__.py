"""Områdesappen: logging and monthly follow-up for municipal area and family-centre social work."""

__version__ = "0.1.0"
