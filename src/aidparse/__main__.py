import sys

from aidparse.corpus.cli import main

sys.exit(main())
