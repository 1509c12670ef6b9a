"""Small widgets shared by the rooms."""
