"""`python -m district`: see district/admin.py."""

import sys

from district.admin import main

sys.exit(main())
