"""Every Qt widget lives here: the shell plus one folder per room."""
