"""Where the store is and how its errors read: the default URL, a URL without its password, a driver error on one line."""

from __future__ import annotations

import os
import re
from pathlib import Path


def default_url() -> str:
    """``$PRESSCAL_DB``, else ``sqlite:///<user data dir>/presscal.db``."""
    env = os.environ.get("PRESSCAL_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('presscal')) / 'presscal.db'}"


def redact(url: str) -> str:
    """The URL with its password (if any) replaced by ``***``: for messages and logs."""
    return re.sub(r"^([a-z0-9+]+://[^:/@?#]*):[^@/?#]*@", r"\1:***@", url, flags=re.I)


def db_error(e: BaseException) -> str:
    """A database driver's error on one line, without SQLAlchemy's "Background on this error" link."""
    text = str(getattr(e, "orig", None) or e)
    text = re.sub(r"\(Background on this error at: [^)]*\)", "", text)
    return " ".join(text.split()) or type(e).__name__
