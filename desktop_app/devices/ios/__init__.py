"""iPhones: usbmuxd, lockdown and the installation proxy (pymobiledevice3)."""
