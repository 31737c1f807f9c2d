"""App ids are validated with fullmatch: a trailing newline never passes (#16 item 4)."""

from __future__ import annotations

import pytest

from desktop_app.core.app_ids import is_valid_app_id, validate_app_id
from desktop_app.core.errors import InvalidAppIdError


@pytest.mark.parametrize(
    "app_id", ["com.zhiliaoapp.musically\n", "com.a\r\n", "\ncom.a", "com.a ", "com.a;rm", ""]
)
def test_hostile_app_ids_are_refused(app_id: str) -> None:
    assert not is_valid_app_id(app_id)
    with pytest.raises(InvalidAppIdError):
        validate_app_id(app_id)


@pytest.mark.parametrize(
    "app_id", ["com.zhiliaoapp.musically", "com.ss.iphone.ugc.Aweme", "android", "a_b.c-d"]
)
def test_real_app_ids_pass(app_id: str) -> None:
    assert validate_app_id(app_id) == app_id
