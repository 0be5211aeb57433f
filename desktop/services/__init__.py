"""Use cases: one transaction each, returning what changed; no Qt."""
