"""Domain core: pure Python, no Qt, no device or database libraries."""
