"""The page as a reader sees it: title, metadata lines, sections."""
