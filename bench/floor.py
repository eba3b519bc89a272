"""The raw-ASGI floor of bench/serve.py: the smallest ASGI app that answers all.ics as presscal does -- the
same status, headers and bytes, read from files the benchmark saved from the real server -- on the same
uvicorn configuration as ``presscal serve`` (``scheduler.web.serve.uvicorn_config``).

    .venv/bin/python bench/floor.py DIR PORT

DIR holds identity.body, identity.json, gzip.body, gzip.json (the 200 headers as [[name, value], …]).
It compares If-None-Match by plain equality and looks for "gzip" in Accept-Encoding: nothing less can answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scheduler.web.app import slices  # noqa: E402
from scheduler.web.serve import http_limits_from_env, uvicorn_config  # noqa: E402

NOT_IN_304 = (b"content-length", b"content-type", b"content-encoding")


def variant(folder: Path, name: str) -> tuple[bytes, list, list, tuple[bytes, ...]]:
    """(etag, 200 headers, 304 headers, body slices) of one encoding."""
    h200 = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads((folder / f"{name}.json").read_text())]
    h304 = [(k, v) for k, v in h200 if k not in NOT_IN_304]
    return dict(h200)[b"etag"], h200, h304, slices((folder / f"{name}.body").read_bytes())


def make_app(folder: Path) -> Any:
    variants = {False: variant(folder, "identity"), True: variant(folder, "gzip")}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":  # lifespan
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        headers = dict(scope["headers"])
        etag, h200, h304, chunks = variants[b"gzip" in headers.get(b"accept-encoding", b"")]
        if headers.get(b"if-none-match") == etag:
            await send({"type": "http.response.start", "status": 304, "headers": h304})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": h200})
        last = len(chunks) - 1
        for i, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": i < last})

    return app


if __name__ == "__main__":
    import uvicorn

    folder, port = Path(sys.argv[1]), int(sys.argv[2])
    config = uvicorn_config(make_app(folder), "127.0.0.1", port, http_limits_from_env())
    uvicorn.Server(config).run()
