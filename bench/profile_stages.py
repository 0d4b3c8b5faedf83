"""Where `storyline extract` and `storyline analyze` spend their time (cProfile), before/after.

Profiles, in this process, the clean stage over the 181 aeb pages as `storyline extract` runs it
(one process) and the analyze stage over newscluster texts, and writes the cumulative time of a
fixed list of functions as a share of the stage's total. Each run is stored under a label in
bench/results/profile.json, and bench/PROFILE.md is written from every label stored, so a
"before" measured on an older checkout sits beside the "after" of this one:

    PYTHONPATH=/path/to/old/checkout python bench/profile_stages.py before
    python bench/profile_stages.py after
    python bench/profile_stages.py --report     # PROFILE.md again from profile.json
    python bench/profile_stages.py LABEL --extract   # only the extract stage under LABEL
    python bench/profile_stages.py LABEL --plain     # extract's stages without a profiler

cProfile slows Python code more than C code (lxml, spaCy's Cython), so the shares lean towards
Python work; ``--plain`` times extract's stages with wrappers instead (no profiler), and
bench/speed.py times whole processes.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import time
import warnings
from pathlib import Path

from usage import exit_if_help_asked

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results" / "profile.json"
REPORT = ROOT / "PROFILE.md"
ANALYZE_DOCS = 100

# (label, file suffix, function name): cumulative time of every matching function.
EXTRACT_ROWS = [
    ("clean stage, whole (clean_documents)", "storyline/clean/stage.py", "clean_documents"),
    ("reading the files (Reader)", "storyline/ingest/__init__.py", "read"),
    ("HTML extraction (extract_html)", "storyline/clean/html.py", "extract_html"),
    ("  parse once (parse_html)", "storyline/clean/html.py", "parse_html"),
    ("  visible text (visible_text)", "storyline/clean/htmlmeta/page.py", "visible_text"),
    ("  page metadata (page_meta)", "storyline/clean/htmlmeta/__init__.py", "page_meta"),
    ("    date (find_published)", "storyline/clean/htmlmeta/published.py", "find_published"),
    ("      htmldate find_date", "htmldate/core.py", "find_date"),
    ("    authors (find_authors)", "storyline/clean/htmlmeta/authors.py", "find_authors"),
    ("      trafilatura's byline finder", "trafilatura/metadata.py", "extract_author"),
    (
        "      the same, without the copy",
        "storyline/clean/htmlmeta/trafbyline.py",
        "extract_author",
    ),
    ("  body text, every pass (body_text)", "storyline/clean/html.py", "body_text"),
    ("    trafilatura bare_extraction", "trafilatura/core.py", "bare_extraction"),
    ("line cleaner (clean_text)", "storyline/clean/text.py", "clean_text"),
    ("language (detect_language)", "storyline/clean/language.py", "detect_language"),
    ("  langid model load", "storyline/clean/language.py", "identifier"),
]
ANALYZE_ROWS = [
    (
        "analyze stage, whole (analyze_documents)",
        "storyline/analyze/__init__.py",
        "analyze_documents",
    ),
    ("  spaCy model load (load_nlp)", "storyline/analyze/nlp.py", "load_nlp"),
    ("  spaCy parse (Language.pipe)", "spacy/language.py", "pipe"),
    ("  analyzers (analyze_parsed)", "storyline/analyze/__init__.py", "analyze_parsed"),
    ("    entities", "storyline/analyze/entities.py", "find_entities"),
    ("    quotes", "storyline/analyze/quotes.py", "find_quotes"),
    ("    times", "storyline/analyze/times/selection.py", "find_times"),
    ("    figures", "storyline/analyze/figures.py", "find_figures"),
    ("    events", "storyline/analyze/events.py", "find_events"),
    ("    other names", "storyline/analyze/names.py", "other_names"),
]


def _cumulative(stats: pstats.Stats, rows: list[tuple[str, str, str]]) -> dict[str, float | None]:
    table = stats.stats  # type: ignore[attr-defined]
    found: dict[str, float | None] = {}
    for label, suffix, name in rows:
        times = [
            v[3] for (path, _, func), v in table.items() if func == name and path.endswith(suffix)
        ]
        found[label] = max(times) if times else None  # recursion: the outermost call
    return found


def profile_extract() -> dict[str, float | None]:
    """The clean stage over the aeb files, read and cleaned as `storyline extract` does."""
    from storyline.eval import bench_root
    from storyline.pipeline import ingest
    from storyline.progress import silent

    folder = str(bench_root() / "aeb" / "html")
    profiler = cProfile.Profile(time.process_time)  # CPU: a busy machine's waits left out
    profiler.enable()
    ingest([folder], None, track=silent, unique=False, workers=1)
    profiler.disable()
    return _cumulative(pstats.Stats(profiler), EXTRACT_ROWS)


# (label, module, name): the same stages timed without a profiler, in a fresh process.
PLAIN_ROWS = [
    ("whole process (CPU, start to end)", "", ""),
    ("imports (the CLI, the stage, trafilatura, htmldate)", "", ""),
    ("clean stage, whole (clean_documents)", "storyline.clean", "clean_documents"),
    ("HTML extraction (extract_html)", "storyline.clean.html", "extract_html"),
    ("  parse once (parse_html)", "storyline.clean.html", "parse_html"),
    ("  visible text (visible_text)", "storyline.clean.htmlmeta.page", "visible_text"),
    ("  page metadata (page_meta)", "storyline.clean.htmlmeta", "page_meta"),
    ("    date (find_published)", "storyline.clean.htmlmeta.published", "find_published"),
    ("      htmldate find_date", "htmldate.core", "find_date"),
    ("    authors (find_authors)", "storyline.clean.htmlmeta.authors", "find_authors"),
    ("  body text, every pass (body_text)", "storyline.clean.html", "body_text"),
    ("    trafilatura bare_extraction", "trafilatura.core", "bare_extraction"),
    ("line cleaner (clean_text)", "storyline.clean.text", "clean_text"),
    (
        "language (detect_language)",
        "storyline.clean.language|storyline.clean",
        "detect_language|detect_language",
    ),
    ("  langid model load", "storyline.clean.language|storyline.clean", "identifier|_identifier"),
]

_PLAIN_CHILD = """
import importlib, json, resource, sys, time
start = time.process_time()
import htmldate.core, trafilatura, storyline.cli.app, storyline.cli.ingest  # noqa: E401
from storyline.pipeline import ingest
from storyline.progress import silent
rows = json.loads(sys.argv[2])
present = []
for label, modules, names in rows:  # "a|b": where an older checkout kept it
    for module, name in zip(modules.split("|"), names.split("|")):
        try:  # an older checkout may lack a module or a function: its row stays empty
            if module and hasattr(importlib.import_module(module), name):
                present.append((label, module, name))
                break
        except ImportError:
            pass
imports = time.process_time() - start
spent = {}

def timed(label, func):
    depth = [0]
    def wrapper(*args, **kwargs):  # the outermost call only (recursion, passes within passes)
        if depth[0]:
            return func(*args, **kwargs)
        depth[0] += 1
        begin = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - begin
            depth[0] -= 1
    return wrapper

def replace(label, module, name):  # every name the function was imported under
    func = getattr(importlib.import_module(module), name)
    wrapper = timed(label, func)
    for mod in list(sys.modules.values()):
        space = getattr(mod, "__dict__", {})
        for key, value in list(space.items()):
            if value is func:
                space[key] = wrapper

for row in present:
    replace(*row)
ingest([sys.argv[1]], None, track=silent, unique=False, workers=1)
usage = resource.getrusage(resource.RUSAGE_SELF)
spent[rows[0][0]] = usage.ru_utime + usage.ru_stime
spent[rows[1][0]] = imports
print(json.dumps(spent))
"""


def plain_extract() -> dict[str, float | None]:
    """`storyline extract`'s stages timed by wrappers (CPU, outermost call) in a fresh process
    with the language model's cache warm: no profiler inflating Python code against C."""
    import subprocess

    from storyline.eval import bench_root

    folder = str(bench_root() / "aeb" / "html")
    warm = "from storyline.clean.language import identifier; identifier()"
    subprocess.run([sys.executable, "-c", warm], check=False, capture_output=True)
    args = [sys.executable, "-c", _PLAIN_CHILD, folder, json.dumps(PLAIN_ROWS)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {label: found.get(label) for label, _, _ in PLAIN_ROWS}


def profile_analyze() -> dict[str, float | None]:
    from storyline.analyze import analyze_documents
    from storyline.eval import bench_root
    from storyline.model import Document

    paths = sorted((bench_root() / "newscluster").glob("*.json"))[:ANALYZE_DOCS]
    items = [json.loads(p.read_text()) for p in paths]
    docs = [
        Document(
            id=f"d{i}",
            source=f"d{i}",
            text=item.get("text") or "",
            published=(item.get("date_publish") or "")[:10] or None,
        )
        for i, item in enumerate(items)
    ]
    profiler = cProfile.Profile(time.process_time)  # CPU: a busy machine's waits left out
    profiler.enable()
    analyze_documents(docs, workers=1)
    profiler.disable()
    return _cumulative(pstats.Stats(profiler), ANALYZE_ROWS)


# Timed without a profiler at cc7727d (one process, one BLAS thread, 200 texts of bench/speed.py,
# each component's ``pipe`` timed over batches of 16, each analyzer by a wrapper; load average
# about 9 on 2 cores, so compare shares). Kept here, not measured by this script.
ANALYZE_PLAIN = """## `storyline analyze` without a profiler (200 texts; CPU s at cc7727d, load 9)

| part | CPU | share |
|---|---:|---:|
| parse, whole (our pipeline) | 43.0 s | 76% |
| tokenizer | 1.5 s | 3% |
| tok2vec (shared) | 10.1 s | 18% |
| tagger | 0.2 s | 0% |
| parser | 6.2 s | 11% |
| attribute_ruler (array version) | 1.8 s | 3% |
| lemmatizer (spaCy's; memoised since) | 4.3 s | 8% |
| ner (with its own tok2vec) | 18.8 s | 33% |
| analyzers, whole | 13.9 s | 24% |
| entities | 4.0 s | 7% |
| quotes | 2.6 s | 5% |
| times (its 54 regular expressions alone: 4.6 s of a separate run, 3 rules 1.9 s) | 4.0 s | 7% |
| figures | 1.3 s | 2% |
| events | 1.1 s | 2% |
| other names | 0.2 s | 0% |
"""


def write_report(runs: dict[str, dict[str, dict[str, float | None]]]) -> str:
    labels = list(runs)
    lines = [
        "# Where the time goes (cProfile; written by `bench/profile_stages.py`)",
        "",
        "Cumulative CPU seconds of each function under cProfile and its share of the stage, per",
        "run label (`before`: the code before the first speed work; `after`: after it;",
        "`extract-speed`: after the extract speed work). Labels were measured at different times",
        "on a shared machine and cProfile inflates Python code against C code, so compare shares",
        "within a column. The last table times `extract`'s stages without a profiler (`--plain`);",
        "its `after` column is the code the extract speed work started from, measured minutes",
        "before `extract-speed`.",
        "",
    ]
    stages = [("extract", EXTRACT_ROWS), ("analyze", ANALYZE_ROWS), ("extract_plain", PLAIN_ROWS)]
    for stage, rows in stages:
        if not any(stage in runs[run] for run in labels):
            continue
        head = f"## `storyline {stage}` ("
        head += "181 aeb pages)" if stage == "extract" else f"{ANALYZE_DOCS} newscluster texts)"
        if stage == "extract_plain":
            head = (
                "## `storyline extract` without a profiler (181 aeb pages; CPU seconds of each "
                "stage's outermost calls, timed by wrappers in a fresh process, `--plain`; shares "
                "of the whole process)"
            )
        lines += [head, "", "| function | " + " | ".join(labels) + " |"]
        lines.append("|---|" + "---:|" * len(labels))
        for label, _, _ in rows:
            cells = []
            for run in labels:
                found = runs[run].get(stage, {})
                total = found.get(rows[0][0]) or 0.0
                value = found.get(label)
                share = f" ({100 * value / total:.0f}%)" if value is not None and total else ""
                cells.append("—" if value is None else f"{value:.2f} s{share}")
            lines.append(f"| {label.strip()} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join([*lines, ANALYZE_PLAIN])


def main(label: str = "after", *stages: str) -> None:
    """Profile under ``label`` (``--report``: only rewrite PROFILE.md from profile.json);
    ``--extract`` or ``--analyze`` after the label profiles that stage only, keeping the
    label's other stage as stored."""
    warnings.filterwarnings("ignore")
    runs = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if label != "--report":
        run = runs.setdefault(label, {})
        if not stages or "--extract" in stages:
            run["extract"] = profile_extract()
        if not stages or "--analyze" in stages:
            run["analyze"] = profile_analyze()
        if "--plain" in stages:
            run["extract_plain"] = plain_extract()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(runs, indent=2) + "\n")
    REPORT.write_text(write_report(runs))
    print(REPORT.read_text())


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    main(*sys.argv[1:])
