"""Reliability: crash consistency under SIGKILL, disk full, the single-writer lock across processes."""
