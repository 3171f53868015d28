import multiprocessing

from charitymart.cli import main

# The guard and freeze_support: verify's worker processes (spawned) import this module again,
# and in the PyInstaller bundle they start as this executable.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
