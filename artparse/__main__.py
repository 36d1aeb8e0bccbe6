"""``python -m artparse``."""

from artparse.cli import main

main()
