"""``python -m khaldun`` runs the command line."""

from .cli import app

app(prog_name="khaldun")
