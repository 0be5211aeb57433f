"""Qadam: the desktop app for village akimats running the Employment Programme 2020."""

__version__ = "0.1.0"
