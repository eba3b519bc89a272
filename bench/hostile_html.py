"""Hostile HTML: main-text selection time against nesting depth and attributes per tag (issue 13).

    .venv/bin/python bench/hostile_html.py [--sizes 10000,100000,1000000]

Prints seconds per document; the time should grow linearly with the size (the HTML parser itself is
quadratic in depth and in attributes per tag, which documents.bound_markup bounds beforehand).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scheduler.extraction.documents import html_main_text  # noqa: E402

TEXT = "Встреча губернатора с делегацией состоится 12 мая 2026 года."
CASES = {
    "nested divs": lambda n: "<html><body>" + "<div>" * n + TEXT + "</div>" * n + "</body></html>",
    "nested articles": lambda n: "<html><body>" + "<article>" * n + TEXT + "</article>" * n + "</body></html>",
    "attributes": lambda n: "<html><body><div " + " ".join(f'a{i}="x"' for i in range(n)) + f">{TEXT}</div></body></html>",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    sizes = [int(x) for x in ap.parse_args().sizes.split(",")]
    print(f"{'case':18}" + "".join(f"{n:>12,}" for n in sizes))
    for name, make in CASES.items():
        row = []
        for n in sizes:
            html = make(n)
            t = time.perf_counter()
            html_main_text(html)
            row.append(time.perf_counter() - t)
        print(f"{name:18}" + "".join(f"{s:>11.2f}s" for s in row))


if __name__ == "__main__":
    main()
