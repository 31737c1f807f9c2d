"""The device states' groups, as the devices panel orders and counts them."""

from __future__ import annotations

import enum

from desktop_app.gui.device_session import Status


class Group(enum.IntEnum):
    """Where a phone stands for the technician, in the order the list shows them."""

    NEEDS_ACTION = 0
    WAITING_FOR_YOU = 1
    IN_PROGRESS = 2
    COMPLIANT = 3


GROUP_OF: dict[Status, Group] = {
    Status.NONCOMPLIANT: Group.NEEDS_ACTION,
    Status.ACTION_REQUIRED: Group.NEEDS_ACTION,
    Status.INCONCLUSIVE: Group.NEEDS_ACTION,
    Status.ERROR: Group.NEEDS_ACTION,
    Status.UNPLUGGED: Group.NEEDS_ACTION,
    Status.WAITING_ALLOW: Group.WAITING_FOR_YOU,
    Status.WAITING_TRUST: Group.WAITING_FOR_YOU,
    Status.TRUST_REFUSED: Group.WAITING_FOR_YOU,
    Status.LOCKED: Group.WAITING_FOR_YOU,
    Status.BUSY: Group.WAITING_FOR_YOU,
    Status.CONNECTING: Group.IN_PROGRESS,
    Status.READY: Group.IN_PROGRESS,
    Status.SCANNING: Group.IN_PROGRESS,
    Status.REMOVING: Group.IN_PROGRESS,
    Status.COMPLIANT: Group.COMPLIANT,
}
