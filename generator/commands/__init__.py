"""The commands, one module per verb; ``cli.py`` parses arguments and calls them."""
