"""The employee self-check kiosk: a full-screen wizard, one step per page (DESIGN.md section 9)."""
