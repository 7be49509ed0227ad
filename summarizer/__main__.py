"""`python -m summarizer` runs the command line."""

from summarizer.cli import app

app(prog_name="summarizer")
