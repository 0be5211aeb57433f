"""What the frozen `Qadam` and `qadam-cli` programs run: main.py's commands, plus `--self-test`.

`qadam-cli --self-test [SECONDS] [LANGUAGE]` opens the real main window over a throwaway
database for a few seconds and prints a JSON report (desktop/ui/self_test.py): how a district's
technician, or CI, checks an installed copy. A frozen program cannot run `python -m`, hence
this entry; from a source checkout or the wheel the same is `python -m desktop.ui.self_test`.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--self-test"]:
        from desktop.ui.self_test import main as self_test

        sys.exit(self_test(sys.argv[2:]))
    from desktop.cli import main

    sys.exit(main())
