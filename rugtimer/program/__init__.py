"""What to do: the exercise library, the plan, and the exact session engine (no Qt here)."""
