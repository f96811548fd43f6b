"""Code the PETRARCH-1, UD-PETRARCH and TABARI validation suites with their own dictionaries,
imported by ``khaldun.importers``, and report how many expected events khaldun reproduces.

Each suite's dictionaries (``../shared/eval/petrarch_validation_dicts/{P1,UDP-2.02,TABARI}``) are
imported into a temporary folder (never into the project: the TABARI files are GPL-3.0) and
loaded as a layer on top of the shipped codebook, in three configurations:

- ``dict``: shipped taxonomy + shipped language settings + the imported layer (the suites'
  own dictionaries only, as PETRARCH/TABARI ran them);
- ``full``: the whole shipped codebook + the imported layer (shipped rules and countries too);
- ``compat``: like ``dict``, but with PETRARCH-like English settings generated at run time from
  the shipped ``language/en.yaml``: only clause openers as slot stop words (PETRARCH/TABARI
  take the subject and object whatever preposition stands between), no negation cues (TABARI
  and PETRARCH-1 code negation only through patterns such as ``NOT *``), no event from an
  actor to itself, no event whose target is an object pronoun (arrested him: PETRARCH's
  require_dyad drops an event without its target, TABARI resolves the pronoun), the widest
  slot gaps (an actor at any distance in the clause), and the suite's discard phrases as the
  language's sentence discards.

Option records (flagged OPTION, not scored) change how the records after them are coded, as in
the original runs: TABARI's ``DEFAULT:`` (khaldun's ``default_actors`` language setting),
``FORWARD:`` (the records of one story coded as one document, so pronouns follow the story),
``SET: CODE ...`` (khaldun's ``code_by``; TABARI codes by clause unless told otherwise) and
``COMMA:`` (see ``khaldun.importers.tabari_options``). TABARI's own behaviour is followed too:
no sentence of fewer than 8 words is coded, short comma-delimited clauses are deleted first, a
pronoun opening a sentence stands for the first actor of the sentence before, an actor's
dated discard code discards a record only in its dates, and the suite's own options file
(``Validate.options``) is read first (its ``COMPLEX: VERBS[5]``: a sentence with five verbs or
more is not coded).

Records flagged EVALUATE_FALSE, CATEGORY_NOT_IN_INCLUDE, UNCHECKED, AFTER_FINAL_RECORD, OPTION,
NO_*EXPECTATION* or EXPECT_ERROR:bad_input_parse (a malformed parse tree, which khaldun never
reads) are skipped; the records expecting another error are scored as expecting no event.
Events are compared exactly on (source, target, code); the PETRARCH placeholder ``---`` and
TABARI's ``~`` for an unknown country are read as empty (``---GOV`` = ``~GOV`` = ``GOV``).

Usage: python scripts/validate_petrarch.py [--config dict|full|compat|all] [--errors]
       [--suite PREFIX] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import yaml

from khaldun import Document, compile_codebook, load_codebook
from khaldun.codebook import default_codebook_dir
from khaldun.evaluate import SKIP_FLAGS as EVAL_SKIP_FLAGS
from khaldun.importers import import_dictionaries
from khaldun.importers.cli import write_layer
from khaldun.importers.discards import dated, discarded_on
from khaldun.importers.tabari_commas import drop_comma_clauses
from khaldun.importers.tabari_options import (
    FIRST_OPTIONS,
    Options,
    options_file,
    story_of,
    too_complex,
    too_short,
    with_options,
)
from khaldun.pipeline import code_document

ROOT = Path(__file__).resolve().parents[1]
# ../shared/eval from a checkout in /work/main, ../../shared/eval from a worktree in /work/wt/NAME
EVAL = next(
    (p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
    ROOT.parent / "shared" / "eval",
)
GOLD = EVAL / "petrarch_validation.jsonl"
DICTS = EVAL / "petrarch_validation_dicts"
# the validators' skip list, but records expecting an error are scored (they expect no event),
# except an error in the treebank parse PETRARCH reads (khaldun reads no parse: nothing to see)
SKIP_FLAGS = (
    *(flag for flag in EVAL_SKIP_FLAGS if flag != "EXPECT_ERROR"),
    "EXPECT_ERROR:bad_input_parse",
)
# suite id prefix -> dictionary folder and the files PETRARCH/TABARI read from it
SUITES = {
    "PETR1": "P1",
    "PETR1-single": "P1",
    "UDP-2.02": "UDP-2.02",
    "UDP-2.1": "UDP-2.02",
    "PTS-ud": "UDP-2.02",
    "TABARI": "TABARI",
}
FILES = {
    "P1": [
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.discards.txt",
        "PETR.Validate.verbs.txt",
    ],
    "UDP-2.02": [
        "PETR_Validate_actors_2_02.txt",
        "PETR_Validate_agents_2_02.txt",
        "PETR_Validate_discards_2_02.txt",
        "PETR_Validate_verbs_2_02.txt",
    ],
    "TABARI": ["TABARI.Demo.actors", "Validate.agents", "TABARI.Demo.verbs"],
}
# the options file a suite's coder read before its first record
OPTIONS_FILES = {"TABARI": "Validate.options"}
CONFIGS = ("dict", "full", "compat")
# PETRARCH/TABARI take an object through any preposition, but a parsed clause opener ends it:
# "ties with X, almost five years after Y crowds burned ..." has X alone as its target
COMPAT_STOPS: tuple[str, ...] = (
    ",",
    *("after", "before", "since", "despite", "because", "although", "while", "but"),
    *("when", "where", "if", "until", "which", "who", "whom", "whose"),
)
# TABARI and PETRARCH take the first actor of the clause whatever its distance from the verb
# ("expressed reluctance to become involved in the affairs of its neighbour X"): the widest
# gaps khaldun's language settings allow
COMPAT_GAPS = {"slot_gap": 12, "wide_gap": 20}
# a suite's own coder's further English settings in compat: TABARI's pronoun opening a
# sentence stands for the first actor the sentence before names, and its agent is the role of
# the actor right next to it only (not shared along a list), and an agent no actor owns is no
# actor unless SET: CONVERT AGENT = TRUE
SUITE_SETTINGS: dict[str, dict] = {
    "TABARI": {"carry": "first_actor", "shared_roles": False, "lone_agents": False}
}
EventKey = tuple[str, str, str]


@dataclass
class Tally:
    records: int = 0
    expected: int = 0
    reproduced: int = 0
    false_alarms: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    alarms: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.records += other.records
        self.expected += other.expected
        self.reproduced += other.reproduced
        self.false_alarms += other.false_alarms
        self.misses.update(other.misses)
        self.alarms.update(other.alarms)

    @property
    def recall(self) -> float:
        return self.reproduced / self.expected if self.expected else 0.0

    @property
    def per_record(self) -> float:
        return self.false_alarms / self.records if self.records else 0.0


def norm_actor(code: str) -> str:
    """PETRARCH's ``---`` and TABARI's ``~`` (no country: ``~COP``) are khaldun's empty
    country."""
    while code.startswith("---"):
        code = code[3:]
    return code.removeprefix("~")


def suite_of(record_id: str) -> str:
    return record_id.split(":", 1)[0]


def read_records(suites: set[str]) -> list[dict]:
    """The suites' records in file order, option records too (they change how the records
    after them are coded); ``skip`` marks the records that are not scored."""
    out = []
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            if suite_of(raw["id"]) not in suites:
                continue
            raw["skip"] = any(str(f).startswith(SKIP_FLAGS) for f in raw.get("flags") or [])
            out.append(raw)
    return out


def compat_language(
    directory: Path,
    discards: list[dict],
    compat: bool,
    defaults: tuple[tuple[str, str], ...],
    code_by: str = "all",
    settings: dict | None = None,
) -> Path:
    """Language settings made from the shipped ones (written to ``directory``): PETRARCH-like
    ones when ``compat``, with the suite's own discard phrases as khaldun sentence discards (a
    stem also with -s) and its coder's ``settings``; the English default actors of the suite's
    DEFAULT option and its CODE BY option."""
    shipped = default_codebook_dir() / "language"
    directory.mkdir(parents=True, exist_ok=True)
    for path in shipped.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = data["language"]["lang"]
        if lang == "en" and defaults:
            data["language"]["default_actors"] = dict(defaults)
        if lang == "en" and code_by != "all":
            data["language"]["code_by"] = code_by
        if lang == "en" and compat:
            data["language"]["slot_stops"] = list(COMPAT_STOPS)
            data["language"]["locatives"] = []
            data["language"]["negation"] = {"words": [], "verbs": []}
            data["language"]["self_events"] = False  # the suites never expect X -> X
            data["language"]["sourceless_reports"] = False  # nor an event without its dyad
            data["language"]["object_pronouns"] = []  # nor a pronoun object left unresolved
            data["language"].update(COMPAT_GAPS)
            data["language"].update(settings or {})
        words = [
            form
            for entry in discards
            if entry["lang"] == lang and compat and not dated(entry)
            for form in (
                [entry["text"]]
                if entry["match"] == "word"
                else [entry["text"], entry["text"] + "s"]
            )
        ]
        if words:
            data["language"]["discards"] = {"words": list(dict.fromkeys(words))}
        (directory / path.name).write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return directory


def layers(
    config: str,
    layer: Path,
    work: Path,
    discards: list[dict],
    defaults: tuple[tuple[str, str], ...] = (),
    code_by: str = "all",
    convert_agents: bool = False,
) -> list[Path]:
    shipped = default_codebook_dir()
    language = shipped / "language"
    if config == "compat" or defaults or code_by != "all":
        codes = "-".join(c for _r, c in defaults)
        name = f"{config}-language-{layer.parent.name}-{codes}-{code_by}-{convert_agents}"
        settings = dict(SUITE_SETTINGS.get(layer.parent.name.removeprefix("layer-")) or {})
        if convert_agents:  # TABARI's SET: CONVERT AGENT = TRUE: a lone agent is an actor
            settings["lone_agents"] = True
        language = compat_language(
            work / name, discards, config == "compat", defaults, code_by, settings
        )
    if config == "full":
        return [shipped, language, layer]
    return [shipped / "taxonomy", language, layer]


def score_record(record: dict, coded: list[EventKey]) -> Tally:
    tally = Tally(records=1)
    expected = [
        (norm_actor(e.get("source") or ""), norm_actor(e.get("target") or ""), e.get("code", ""))
        for e in record.get("expected") or []
    ]
    remaining = Counter(coded)
    tally.expected = len(expected)
    found = []
    for key in expected:
        if remaining[key] > 0:
            remaining[key] -= 1
            tally.reproduced += 1
            found.append(key)
    missed = list((Counter(expected) - Counter(found)).elements())
    for source, target, code in missed:
        tally.misses[_miss_reason(source, target, code, expected, found, coded)] += 1
    extra = list(remaining.elements())
    tally.false_alarms = len(extra)
    for source, target, code in extra:
        if not expected:
            reason = "record expects no event"
        elif any((s, t) == (source, target) for s, t, _c in expected):
            reason = "expected dyad, other code"
        elif any(c == code for _s, _t, c in expected):
            reason = "expected code, other actors"
        else:
            reason = "unrelated event"
        tally.alarms[reason] += 1
    return tally


def _miss_reason(source, target, code, expected, found, coded) -> str:
    if not re.fullmatch(r"[0-9]{2,4}", code):
        return "code not representable (letters)"
    if source.startswith('"') or target.startswith('"'):
        return "quoted new-actor text"
    if (target, source) in {(s, t) for s, t, _c in found}:
        return "reverse event of a paired code"
    if not coded:
        return "nothing coded"
    if any((s, t) == (source, target) for s, t, _c in coded):
        return "right dyad, other code"
    same_code = [(s, t) for s, t, c in coded if c == code]
    if any(s == source for s, _t in same_code):
        return "right code and source, other target"
    if any(t == target for _s, t in same_code):
        return "right code and target, other source"
    if same_code:
        return "right code, other actors"
    if not source or not target:
        return "expected event lacks an actor (require_dyad=false)"
    return "other events only"


def run(args: argparse.Namespace) -> int:
    wanted = {args.suite} if args.suite else set(SUITES)
    records = read_records(wanted)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="khaldun-petr-"))
    configs = CONFIGS if args.config == "all" else (args.config,)
    results: dict[tuple[str, str], Tally] = {}
    by_category: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    imports = {}
    try:
        for folder in sorted({SUITES[s] for s in wanted}):
            result = import_dictionaries([DICTS / folder / name for name in FILES[folder]])
            target = work / f"layer-{folder}"
            if target.exists():
                shutil.rmtree(target)
            write_layer(result, target)
            imports[folder] = result
        for config in configs:
            book_for = partial(_book, {}, config, work, imports)
            discards = {f: r.discards for f, r in imports.items() if config == "compat"}
            _code_all(records, book_for, discards, config, configs, args, results, by_category)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    _print_tables(results, by_category, imports, configs, args)
    return 0


def _book(books: dict, config: str, work: Path, imports: dict, folder: str, options: Options):
    """The compiled codebook of a suite's layer in one configuration, DEFAULT and CODE BY
    option."""
    key = (folder, options.defaults, options.code_by, options.convert_agents)
    if key not in books:
        layer = work / f"layer-{folder}" / "codebook"
        discards = imports[folder].discards
        paths = layers(
            config,
            layer,
            work,
            discards,
            options.defaults,
            options.code_by,
            options.convert_agents,
        )
        books[key] = compile_codebook(load_codebook(paths))
    return books[key]


def _code_all(records, book_for, discards, config, configs, args, results, by_category) -> None:
    """Code the records in order, following the option records' changes (per suite); a
    record with a dated discard word of its suite (``discards``) in its dates codes nothing."""
    options: dict[str, Options] = {}
    story: tuple[str, list[str]] = ("", [])  # the FORWARD story so far and its texts
    for record in records:
        suite = suite_of(record["id"])
        before = options.get(suite) or _first_options(suite)
        options[suite] = with_options(before, record.get("notes") or "")
        if record["skip"]:
            continue
        book = book_for(SUITES[suite], options[suite])
        day = (
            date(int(record["date"][:4]), int(record["date"][4:6]), int(record["date"][6:8]))
            if record.get("date")
            else None
        )
        key = story_of(record["id"])
        earlier = story[1] if options[suite].forward and story[0] == key else []
        commas = options[suite].commas
        text = drop_comma_clauses(record["text"], commas) if commas else record["text"]
        story = (key, [*earlier, text])
        events = _record_events(record["id"], earlier, text, day, book)
        if (
            too_short(record["text"], options[suite])
            or too_complex(text, book, options[suite])
            or discarded_on(text, day, discards.get(SUITES[suite], []))
        ):
            events = ()
        coded = [
            (e.source.code if e.source else "", e.target.code if e.target else "", e.code)
            for e in events
        ]
        tally = score_record(record, coded)
        results.setdefault((suite, config), Tally()).add(tally)
        by_category[(suite, config, record.get("category") or "-")].add(tally)
        if (
            args.errors
            and config == configs[0]
            and (tally.reproduced < tally.expected or tally.false_alarms)
        ):
            _print_errors(record, coded, events)


def _first_options(suite: str) -> Options:
    """A suite's options before its first record: its coder's own, then its options file's."""
    first = FIRST_OPTIONS.get(suite, Options())
    name = OPTIONS_FILES.get(SUITES[suite])
    return with_options(first, options_file(DICTS / SUITES[suite] / name)) if name else first


def _record_events(record_id: str, earlier: list[str], text: str, day, book) -> tuple:
    """The events of a record's own sentences, coded after the earlier records of its story
    (their sentences carry actors to its pronouns)."""
    if not earlier:
        return code_document(Document(record_id, text, day, "en"), book).events
    before = code_document(Document(record_id, " ".join(earlier), day, "en"), book).sentences
    coded = code_document(Document(record_id, " ".join([*earlier, text]), day, "en"), book)
    return tuple(e for e in coded.events if e.sentence_index >= before)


def _print_errors(record: dict, coded, events) -> None:
    want = [(e["source"], e["target"], e["code"]) for e in record.get("expected") or []]
    rules = [f"{e.rule_id}: {e.pattern}" for e in events]
    print(f"{record['id']}: expected {want} coded {coded} {rules}\n    {record['text'][:200]}")


def _print_tables(results, by_category, imports, configs, args) -> None:
    print("\nimported dictionaries:")
    for folder, result in sorted(imports.items()):
        totals = result.report.totals()
        counts = ", ".join(f"{n} {k}" for k, n in result.counts().items())
        print(
            f"  {folder:<9} {counts}; {totals['not converted']} not converted, "
            f"{totals['approximated']} approximated"
        )
    header = (
        f"{'suite':<13}{'config':<8}{'records':>8}{'expected':>9}{'found':>7}"
        f"{'share':>8}{'false al.':>10}{'per rec.':>9}"
    )
    print("\n" + header)
    print("-" * len(header))
    for (suite, config), tally in sorted(
        results.items(), key=lambda kv: (kv[0][0], configs.index(kv[0][1]))
    ):
        print(
            f"{suite:<13}{config:<8}{tally.records:>8}{tally.expected:>9}{tally.reproduced:>7}"
            f"{tally.recall:>8.1%}{tally.false_alarms:>10}{tally.per_record:>9.2f}"
        )
    main = "compat" if "compat" in configs else configs[0]
    for config in dict.fromkeys([configs[0], main]):
        print(f"\nper category ({config}):")
        print(
            f"{'suite':<13}{'category':<12}{'records':>8}{'expected':>9}{'found':>7}"
            f"{'share':>8}{'false al.':>10}"
        )
        for (suite, cfg, category), tally in sorted(by_category.items()):
            if cfg != config:
                continue
            print(
                f"{suite:<13}{category:<12}{tally.records:>8}{tally.expected:>9}"
                f"{tally.reproduced:>7}{tally.recall:>8.1%}{tally.false_alarms:>10}"
            )
        print(f"\nmissed events and false alarms by kind ({config}):")
        for (suite, cfg), tally in sorted(results.items()):
            if cfg != config:
                continue
            print(f"  {suite}:")
            for reason, n in tally.misses.most_common():
                print(f"    miss  {n:>4}  {reason}")
            for reason, n in tally.alarms.most_common():
                print(f"    false {n:>4}  {reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", choices=(*CONFIGS, "all"), default="all")
    parser.add_argument("--suite", choices=sorted(SUITES), help="Only this suite.")
    parser.add_argument("--errors", action="store_true", help="Print every miss / false alarm.")
    parser.add_argument("--keep", help="Write the imported layers here and keep them.")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
