"""Renderers: Article -> JSON, JSON Lines, the pretty terminal view, the --explain listing."""
