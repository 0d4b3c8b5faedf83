"""Commands of this stage (filled in by the stage)."""
