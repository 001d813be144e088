"""The skill's request handlers, one module per job; skill/builder.py lists them all."""
