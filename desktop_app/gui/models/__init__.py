"""Qt item models over domain rows; each passes qtmodeltester."""
