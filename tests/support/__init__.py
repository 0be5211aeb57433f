"""Test support code shared by several test folders: a real PostgreSQL, a fault-injecting
TCP proxy and (later) a harness for sync convergence tests. Nothing here is a mock."""
