"""Encrypted local store: SQLCipher connection and keys, migrations, change log, audit."""
