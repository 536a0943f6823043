"""Run msgkit as `python -m msgkit`."""

from msgkit.cli import main

main()
