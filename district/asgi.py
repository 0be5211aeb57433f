"""The ASGI entry point uvicorn workers import: the database comes from the environment."""

import os

from district.app import create_app
from district.db import DEFAULT_URL

app = create_app(os.environ.get("QADAM_DISTRICT_DATABASE", DEFAULT_URL))
