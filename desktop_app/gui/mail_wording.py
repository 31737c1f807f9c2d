"""Mail access and official / informational results in the window's words (translatable)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.outcome_records import MailAccess, MailPhase, MailState
from desktop_app.gui.locale_text import zoned_clock


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailAccess", text)


_REASONS = {
    "offline_listing": "the apps come from a saved listing, not from the phone itself",
    "inventory_incomplete": "part of the phone could not be read",
    "policy_unsigned": "the policy has no signature",
    "policy_untrusted": "the policy is not signed by a trusted key",
    "no_trusted_keys": "no trusted policy key is configured on this station",
    "policy_tampered": "the policy was changed after it was signed",
    "policy_retracted": "the policy was retracted",
    "policy_superseded": "a newer version of the policy was accepted on this station",
    "not_recorded": "the check was not recorded",
}


def informational_text(reasons: Sequence[str]) -> str:
    """The plain sentence for an informational check."""
    because = "; ".join(_tr(_REASONS[code]) if code in _REASONS else code for code in reasons)
    return _tr("Informational check only, no receipt and no mail-access message: {because}.").format(
        because=because
    )


NO_TRUSTED_KEY = (
    "No trusted policy key is configured: every check is informational (no receipt, no mail-access message)."
)
NO_TRUSTED_KEY_HINT = "Run: app-audit policy trust ISSUER.pub (the public key IT signs policies with)."


def no_trusted_key() -> tuple[str, str]:
    return _tr(NO_TRUSTED_KEY), _tr(NO_TRUSTED_KEY_HINT)


def mail_access_text(access: MailAccess | None, *, official: bool, delivering: bool | None) -> str:
    """ "Mail access: ..." for the device page and the receipt: not requested, requested at HH:MM,
    confirmed by the mail system, or failed with what to do. delivering: whether this station has a
    mail system to send to (None: not known here, e.g. a receipt read back from the history)."""
    if access is None or access.phase is MailPhase.NOT_REQUESTED:
        if not official:
            return _tr("Mail access: not requested (an informational check never asks for it).")
        return _tr("Mail access: not requested.")
    restore = access.state is MailState.COMPLIANT
    what = _tr("restore mail access") if restore else _tr("tell the mail system: not compliant")
    match access.phase:
        case MailPhase.REQUESTED:
            at = zoned_clock(access.requested_at) if access.requested_at else "?"
            text = _tr("Mail access: requested at {time} ({what}), waiting for the mail system.").format(
                time=at, what=what
            )
            if delivering is False:
                text += " " + _tr("No mail system is configured on this station (see docs/deploying.md).")
            elif access.attempts:
                text += " " + _tr("Attempt {n} failed ({error}); trying again.").format(
                    n=access.attempts, error=access.last_error[:200]
                )
            return text
        case MailPhase.CONFIRMED:
            if restore:
                return _tr("Mail access: restore confirmed by the mail system.")
            return _tr("Mail access: the mail system confirmed it knows the phone is not compliant.")
        case _:
            return _tr(
                "Mail access: FAILED ({error}). Fix the mail-access webhook settings, then run "
                "app-audit outbox retry {message_id}."
            ).format(error=access.last_error[:200] or _tr("refused"), message_id=access.message_id)
