"""The back office: a manager's screens away from the till (intake, stock, households,
volunteers, users and settings), in the same app behind a manager login."""
