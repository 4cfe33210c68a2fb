"""Corpus tools beside the pipeline: the command line and tabular exports."""
