"""Qadam entry point: the desktop app by default, headless subcommands otherwise (see --help)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
