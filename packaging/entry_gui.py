"""Entry point of the frozen desktop app."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes start from this executable too
    from icc_studio.gui.app import main

    sys.exit(main())
