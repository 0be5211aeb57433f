"""Excel exports and imports, printable forms; no Qt widgets."""
