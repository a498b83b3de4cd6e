"""The PySide6 user interface: thin widgets that show state and forward intent. Only this package imports Qt."""
