"""The ASGI entry point uvicorn workers import: the database comes from the environment."""

import os

from district.app import create_app
from district.db import DEFAULT_URL

# `serve --api-docs` sets QADAM_DISTRICT_API_DOCS=1; off otherwise (district/admin.py).
app = create_app(os.environ.get("QADAM_DISTRICT_DATABASE", DEFAULT_URL),
                 api_docs=os.environ.get("QADAM_DISTRICT_API_DOCS") == "1")
