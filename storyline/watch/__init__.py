"""Following sources: rounds of taking in only what is new, above the pipeline."""
