"""Entry point of the frozen command line."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes start from this executable too
    from icc_studio.cli.main import main

    sys.exit(main())
