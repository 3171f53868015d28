from charitymart.cli import main

raise SystemExit(main())
