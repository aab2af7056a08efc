import sys

from socialwork.cli import main

sys.exit(main())
