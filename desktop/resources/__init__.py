"""The non-Python resources: rule parameters, form texts, demo seeds, translations, fonts.

They live inside this package (desktop/resources/) so that the wheel and the frozen bundle carry
them with the code: rules/*.yaml, forms/*.yaml, demo/*.yaml, fonts/*.ttf and the compiled
translations translations/qadam_<lang>.qm (built from translations/<lang>/*.ts by `dev.py`, and
by the wheel's build step, see setup.py). The same path works in a source checkout, an installed
wheel and a PyInstaller bundle (whose modules' __file__ points into sys._MEIPASS, where the spec
puts these files under desktop/resources/).
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
