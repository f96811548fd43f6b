"""Compile-time generation of surface forms: inflections and clitics, per language."""
