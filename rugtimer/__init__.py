"""RugTimer: follow a physiotherapist's low-back-pain home exercise program from the floor."""

__version__ = "0.1.0"
