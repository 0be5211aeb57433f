"""`qadam-district`, the installed form of `python -m district` (district/admin.py).

The district server's libraries are the optional extra `qadam[district]` (a village laptop does
not carry them): without them, one line says what to install instead of a traceback.
"""

from __future__ import annotations

import importlib.util
import sys

SERVER_LIBRARIES = ("fastapi", "uvicorn", "psycopg")


def main() -> int:
    missing = [name for name in SERVER_LIBRARIES if importlib.util.find_spec(name) is None]
    if missing:
        print(f"qadam-district needs the district server's libraries ({', '.join(missing)}): "
              'pip install "qadam[district]"', file=sys.stderr)
        return 2
    from district.admin import main as admin_main

    return admin_main()
