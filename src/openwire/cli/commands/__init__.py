"""One module per subcommand; each exposes ``add_parser(subparsers, common)`` and ``run(args)``."""
