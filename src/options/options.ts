// Options page: filled in by the experience work (issue 5).
