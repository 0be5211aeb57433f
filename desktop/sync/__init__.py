"""Synchronisation with the district centre (wire format, merge, HTTP client, offline bundles)."""
