import sys

from aidparse.cli import main

sys.exit(main())
