"""``presscal ingest``: files, folders and http(s) URLs → extraction in a process pool → batched writes.

The main process lists the inputs lazily, asks the store for the content hash it holds for each
chunk of sources, and hands chunks to worker processes that read (or fetch), hash and extract them;
a document whose hash is unchanged is not extracted again. Results come back in input order and are
written in batches, one transaction each (scheduler/store/writing.py), so memory stays flat whatever the
corpus size, a killed process leaves whole batches only, and the next run completes the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import ExtractionError, FetchError, PresscalError

FETCH_TIMEOUT = 20.0  # seconds, connect and each read
FETCH_MAX_BYTES = 10 * 1024 * 1024
FETCH_DEADLINE = 60.0  # seconds for the whole download (a server trickling bytes must not hold a run forever)
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
STDIN = "-"
CHUNK = 32  # documents per task sent to a worker
BATCH = 1000  # documents per write transaction


@dataclass
class IngestSummary:
    """What one ingest run did, in documents (``events``: events extracted from new or changed ones)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed

    def line(self) -> str:
        return (f"{self.documents} documents: {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.failed} failed; {self.events} events extracted")


_NOT_REGULAR = "not a regular file or folder (a pipe, a device, a broken link?); use - for standard input"


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def iter_sources(paths: Iterable[str]) -> Iterator[str | ExtractionError]:
    """Each input as the source string stored: URLs as given, files as paths, folders walked in name order."""
    from ..extraction.documents import SUFFIXES

    for p in paths:
        if p == STDIN:
            continue  # read once by the main process: see ingest()
        if is_url(p):
            yield p
        elif "://" in p:
            yield FetchError(f"{p}: only http and https addresses are fetched")
        elif Path(p).is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for name in sorted(filenames):
                    if Path(name).suffix.lower() in SUFFIXES:
                        full = os.path.normpath(os.path.join(dirpath, name))
                        # a named pipe would block the run for ever; a broken link has nothing to read
                        yield full if os.path.isfile(full) else ExtractionError(f"{full}: {_NOT_REGULAR}")
        elif Path(p).is_file():
            yield os.path.normpath(p)
        elif os.path.lexists(p):
            yield ExtractionError(f"{p}: {_NOT_REGULAR}")
        else:
            yield ExtractionError(f"{p}: no such file or folder")


def stdin_source(text: str) -> str:
    """The source a document read from standard input is stored under: the same text is the same document."""
    return "stdin:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


USER_AGENT = "presscal/0.1 (+press release calendar)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One HTTP answer after redirects: status, final address, headers (lower-case names), body.

    The body is read only for a 2xx answer; a 304 or an error answer carries none."""

    status: int
    url: str
    headers: dict[str, str]
    body: bytes = b""


def http_get(url: str, *, client: Any = None, headers: dict[str, str] | None = None, timeout: float = FETCH_TIMEOUT,
             max_bytes: int = FETCH_MAX_BYTES, deadline: float = FETCH_DEADLINE) -> Fetched:
    """GET an http(s) URL within the limits of ``ingest URL``: http/https only (also after a redirect), at
    most 5 redirects followed by hand, ``max_bytes`` streamed within ``deadline`` seconds.

    Any status comes back (the caller decides what a 304, 404 or 429 means); a broken limit, a refused
    scheme or a network failure is a FetchError naming the address. ``client``: an httpx.Client to reuse."""
    import httpx

    if not is_url(url):
        raise FetchError(f"{url}: only http and https addresses are fetched")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as e:
        raise FetchError(f"{url}: not a valid address ({e})") from None
    if not parsed.host:
        raise FetchError(f"{url}: not a valid address (no host)")
    if parsed.userinfo:  # the address is the document's source: stored, and shown on the web page
        from .connection import redact

        raise FetchError(f"{redact(url)}: an address with a user name or password is not fetched "
                         "(it would be stored and shown on the web page)")
    until = time.monotonic() + deadline
    current = url
    own = client is None
    if own:
        client = httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})
    try:
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current, headers=headers or {}, timeout=timeout) as r:
                if r.status_code in _REDIRECTS and r.headers.get("location"):  # not a 304 (httpx counts any 3xx)
                    target = str(r.url.join(r.headers.get("location", "")))
                    if not is_url(target):
                        raise FetchError(f"{url}: redirected to {target[:200]}: only http and https addresses "
                                         "are fetched")
                    current = target
                    continue
                got = {k.lower(): v for k, v in r.headers.items()}
                if not 200 <= r.status_code < 300:
                    return Fetched(r.status_code, current, got)
                declared = int(r.headers.get("content-length") or 0)
                if declared > max_bytes:
                    raise FetchError(f"{url}: too large ({declared} bytes; the limit is {max_bytes})")
                buf = bytearray()
                for part in r.iter_bytes():
                    buf += part
                    if len(buf) > max_bytes:
                        raise FetchError(f"{url}: too large (over {max_bytes} bytes)")
                    if time.monotonic() > until:
                        raise FetchError(f"{url}: download took longer than {deadline:g} s")
                return Fetched(r.status_code, current, got, bytes(buf))
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except (httpx.HTTPError, httpx.InvalidURL) as e:  # InvalidURL: e.g. a redirect to a malformed Location
        reason = " ".join(str(e).split()) or type(e).__name__
        raise FetchError(f"{url}: {reason}") from None
    except ValueError as e:  # a malformed Content-Length or Location
        raise FetchError(f"{url}: bad response: {e}") from None
    finally:
        if own:
            client.close()


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = FETCH_MAX_BYTES,
          deadline: float = FETCH_DEADLINE) -> Any:
    """GET an http(s) URL (see :func:`http_get`) and read it as a document; a RawDocument.

    Redirects (at most 5) are followed by hand, so one to another scheme (``file:``, ``ftp:``) is refused
    with a message naming it before anything is requested."""
    from ..extraction.documents import read_bytes

    got = http_get(url, timeout=timeout, max_bytes=max_bytes, deadline=deadline)
    if got.status >= 300:
        raise FetchError(f"{url}: HTTP {got.status}")
    return read_bytes(got.body, url)


DOC_SECONDS = 60.0  # reading and extracting one document (a download has its own FETCH_DEADLINE on top)


class DocumentTimeout(ExtractionError):
    """A document took longer than its time budget: reported and skipped, the run goes on."""


def doc_seconds() -> float:
    """PRESSCAL_DOC_SECONDS, the time budget of one document (default 60 s)."""
    raw = os.environ.get("PRESSCAL_DOC_SECONDS", "").strip()
    try:
        value = float(raw) if raw else DOC_SECONDS
    except ValueError:
        value = float("nan")
    if not 0.1 <= value <= 86400:
        raise PresscalError(f"PRESSCAL_DOC_SECONDS {raw!r}: expected seconds from 0.1 to 86400 (default {DOC_SECONDS:g})")
    return value


class _Budget:
    """SIGALRM after ``seconds`` raises DocumentTimeout in the document's code (checked between Python
    steps: a parser stuck in C is bounded by documents.bound_markup instead). Only in a main thread."""

    def __init__(self, seconds: float, source: str) -> None:
        import threading

        self.seconds, self.source = seconds, source
        self.armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def _expired(self, *_: Any) -> None:
        raise DocumentTimeout(f"{self.source}: took longer than {self.seconds:g} s to read and extract; skipped "
                              "(PRESSCAL_DOC_SECONDS)")

    def __enter__(self) -> None:
        if self.armed:
            self._before = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._before)


def _work(chunk: Sequence[tuple[str, str | None]], published: str | None) -> list[tuple]:
    """Worker: read or fetch, hash, and extract unless the stored hash is the same; each document within
    its time budget (one that overruns is an error line, the others go on)."""
    from ..extraction.documents import read_document

    _STOP.working = True
    try:
        if _STOP.asked:  # asked before this chunk began (checked once working: no signal falls in between)
            return []
        budget = doc_seconds()
        _warm()
        out: list[tuple] = []
        for source, known in chunk:
            try:
                with _Budget(budget + (FETCH_DEADLINE if is_url(source) else 0), source):
                    try:
                        raw = fetch(source) if is_url(source) else read_document(source)
                    except PresscalError as e:
                        out.append(("error", source, str(e), None))
                        continue
                    except Exception as e:  # noqa: BLE001 -- one unreadable input must not end the run for the others
                        out.append(("error", source, f"{source}: {type(e).__name__}: {e}", None))
                        continue
                    out.append(_extract(source, raw, known, published))
            except DocumentTimeout as e:  # between the steps above: the timer fired outside their handlers
                out.append(("error", source, str(e), None))
        return out
    finally:
        _STOP.working = False


@lru_cache(maxsize=1)
def _warm() -> None:
    """Load what every document needs (dictionaries, the gazetteer, the grammar) once, before any document's
    budget starts: a budget measures the document's own work, not the process's first use."""
    from ..extraction import extract_text, warm

    warm()
    extract_text("МИНСК, 2 апреля. Сегодня делегация Гомельской области посетила Брянск и Жлобин.")


def _extract(source: str, raw: Any, known: str | None, published: str | None) -> tuple:
    """One read document → ("unchanged" | "ok" | "error", source, hash or message, result)."""
    from ..extraction import extract_text
    from .writing import text_hash

    try:
        h = text_hash(raw.text, published)
        if h == known:
            return ("unchanged", source, None, None)
        res = extract_text(raw.text, source=source, published=published, meta=raw.meta)
        return ("ok", source, h, replace(res, mentions=(), meta={}))  # the store keeps neither
    except PresscalError as e:
        return ("error", source, str(e), None)
    except Exception as e:  # an extractor bug must not stop the run: report and skip the document
        return ("error", source, f"{source}: {type(e).__name__}: {e}", None)


class _Stopped(BaseException):
    """The run was interrupted: the worker drops the chunk it holds (not an Exception: nothing catches it)."""


class _StopState:
    asked = False  # the main process asked this worker to stop
    working = False  # inside _work: stopping now drops the chunk; outside, a result may be on its way out


_STOP = _StopState()
STOP_SIGNAL = getattr(signal, "SIGUSR1", None)
STOP_SECONDS = 10.0  # a worker that does not stop by then (stuck in C code) is killed


def _stop_asked(*_: Any) -> None:
    """SIGUSR1 in a worker. Only a worker inside its own chunk stops at once; one that is sending a result
    finishes the message first: a worker killed mid-message leaves the pool reading half a message forever
    (and the interpreter's exit waiting on that reader)."""
    _STOP.asked = True
    if _STOP.working:
        _STOP.working = False
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)
        raise _Stopped


def _quiet_worker(parent: int) -> None:
    """Workers leave Ctrl-C to the main process, stop when it asks, and die with it (even on SIGKILL, on
    Linux)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if STOP_SIGNAL is not None:
        signal.signal(STOP_SIGNAL, _stop_asked)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(0)


def _chunks(items: Iterator[str | ExtractionError], size: int) -> Iterator[tuple[list[str], list[str]]]:
    sources: list[str] = []
    errors: list[str] = []
    for it in items:
        if isinstance(it, ExtractionError):
            errors.append(str(it))
        else:
            sources.append(it)
        if len(sources) >= size:
            yield sources, errors
            sources, errors = [], []
    if sources or errors:
        yield sources, errors


def ingest(store: Any, paths_or_urls: Sequence[str], *, published: str | None = None, workers: int | None = None,
           progress: bool = False, batch_size: int = BATCH, chunk_size: int = CHUNK,
           url_base: str | None = None) -> IngestSummary:
    """Ingest files, folders and URLs into ``store`` (a Store, a URL or None for the default store).

    ``url_base``: the public address of the files' folder; a file with no ``Source URL:`` line of its own
    gets ``url_base/<file name>`` as its address (what feeds, pages and emails show instead of the name)."""
    from ..extraction import _given
    from . import writing as writer
    from .reading import Store, open_store

    if not isinstance(store, Store):
        store = open_store(store)
    published = _given(published)
    doc_seconds()  # a bad PRESSCAL_DOC_SECONDS is refused before any work, not in every worker
    workers = max(1, workers or os.cpu_count() or 1)
    summary = IngestSummary()
    batch: list[tuple[Any, str]] = []
    bar = _Progress(_count(paths_or_urls)) if progress else None

    def flush() -> None:
        if batch:
            for status, n in writer.add_documents(store, batch):
                setattr(summary, status, getattr(summary, status) + 1)
                summary.events += n
            batch.clear()

    def handle(outcomes: list[tuple]) -> None:
        for kind, _source, value, res in outcomes:
            if kind == "unchanged":
                summary.unchanged += 1
            elif kind == "error":
                summary.failed += 1
                summary.errors.append(value)
            else:
                if url_base and res.url is None and not _source.startswith(("http://", "https://")):
                    name = re.split(r"[\\/]", _source.rstrip("/\\"))[-1]
                    res = replace(res, url=f"{url_base.rstrip('/')}/{quote(name)}")
                batch.append((res, value))
                if len(batch) >= batch_size:
                    flush()
        if bar:
            bar.update(len(outcomes), summary)

    if STDIN in paths_or_urls:  # one document from standard input, read here (workers do not share stdin)
        from ..extraction.documents import read_document

        try:
            raw = read_document(STDIN)
        except PresscalError as e:
            handle([("error", STDIN, str(e), None)])
        else:
            source = stdin_source(raw.text)
            handle([_extract(source, raw, store.content_hashes([source]).get(source), published)])

    chunks = _chunks(iter_sources(paths_or_urls), chunk_size)
    pool = None
    if workers > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_quiet_worker, initargs=(os.getpid(),))
    try:
        window: deque[Any] = deque()
        for sources, errors in chunks:
            summary.failed += len(errors)
            summary.errors.extend(errors)
            if bar and errors:
                bar.update(len(errors), summary)
            if not sources:
                continue
            known = store.content_hashes(sources)
            task = [(s, known.get(s)) for s in sources]
            if pool is None:
                handle(_work(task, published))
                continue
            window.append(pool.submit(_work, task, published))
            while len(window) >= 2 * workers:
                handle(window.popleft().result())
        while window:
            handle(window.popleft().result())
        flush()
    except BaseException:
        if pool is not None:  # Ctrl-C or an error: stop the workers now, not after a slow fetch (they write nothing)
            _stop_workers(pool, window)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if bar:
            bar.close()
    return summary


def _stop_workers(pool: Any, running: Iterable[Any]) -> None:
    """Stop a pool whose run was interrupted: cancel what waits, ask every worker to drop its chunk (they end
    the document in flight at once, between Python steps), and shut the pool down cleanly. Only a worker that
    does not answer within STOP_SECONDS is killed, and the pool is then left without waiting on it. A second
    Ctrl-C meanwhile is ignored: the stop is bounded."""
    import threading
    from concurrent.futures import wait

    futures = list(running)
    for f in futures:
        f.cancel()
    procs = list((getattr(pool, "_processes", None) or {}).values())
    main = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        pending = futures
        if STOP_SIGNAL is not None:
            for proc in procs:
                with contextlib.suppress(ProcessLookupError, TypeError):
                    os.kill(proc.pid, STOP_SIGNAL)
            pending = list(wait(futures, timeout=STOP_SECONDS).not_done)
        if not pending:
            pool.shutdown(wait=True, cancel_futures=True)
            return
        for proc in procs:
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.join(5)
    finally:
        if main:
            signal.signal(signal.SIGINT, before)


def with_party(res: Any, party: str) -> Any:
    """A document's result whose events each name ``party``'s side: ``party`` added where they name none."""
    from dataclasses import replace

    from ..rules.parties import is_belarusian, merge_parties

    side = is_belarusian(party)
    events = tuple(e if any(is_belarusian(p) == side for p in e.parties)
                   else replace(e, parties=tuple(merge_parties([e.parties, [party]]))) for e in res.events)
    return replace(res, events=events)


def ingest_fetched(store: Any, pages: Sequence[tuple[str, bytes]], *, published: str | None = None,
                   party: str | None = None) -> list[tuple]:
    """Ingest pages already fetched (``presscal watch``): read, hash, extract unless the stored hash is the
    same, write in one transaction. One ``(status, source, message or None)`` a page, status new, updated,
    unchanged or failed. ``party`` (a source's side) is added to the events that name no party of its side."""
    from ..extraction.documents import read_bytes
    from . import writing as writer

    known = store.content_hashes([s for s, _ in pages])
    out: list[tuple] = []
    batch: list[tuple[Any, str]] = []
    for source, body in pages:
        try:
            raw = read_bytes(body, source)
        except PresscalError as e:
            out.append(("failed", source, str(e)))
            continue
        kind, _, value, res = _extract(source, raw, known.get(source), published)
        if kind == "ok":
            batch.append((with_party(res, party) if party else res, value))
            out.append(("pending", source, None))
        else:
            out.append(("unchanged" if kind == "unchanged" else "failed", source, value))
    statuses = iter(writer.add_documents(store, batch) if batch else [])
    return [(next(statuses)[0], s, m) if k == "pending" else (k, s, m) for k, s, m in out]


def _count(paths: Sequence[str]) -> int:
    return sum(1 for _ in iter_sources(paths)) + (STDIN in paths)


class _Progress:
    """A rich progress bar on stderr, refreshed from the main thread only (no thread before fork)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.p = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          TextColumn("{task.fields[info]}"), console=Console(stderr=True), auto_refresh=False,
                          transient=True)
        self.task = self.p.add_task("ingest", total=total, info="")
        self.p.start()

    def update(self, n: int, s: IngestSummary) -> None:
        self.p.update(self.task, advance=n, info=f"{s.new + s.updated + s.unchanged} stored, {s.failed} failed")
        self.p.refresh()

    def close(self) -> None:
        self.p.stop()
