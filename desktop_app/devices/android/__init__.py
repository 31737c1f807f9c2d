"""Android phones: adb over USB or TCP (adb-shell), the host's adb server, package lists."""
