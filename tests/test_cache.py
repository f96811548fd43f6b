"""The on-disk cache of compiled codebooks: hits, invalidation, corruption, opt-out."""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import shutil

import pytest

from conftest import MINI_LAYERS, keys
from khaldun.build import build_kind
from khaldun.cache import cache_dir, codebook_digest, load_compiled
from khaldun.codebook import load_codebook
from khaldun.compiler import compile_codebook
from khaldun.models import Document
from khaldun.pipeline import code_document

SENTENCES = ["Turkish troops attacked the SDF.", "هاجمت القوات التركية مواقع قسد"]


@pytest.fixture
def layers(tmp_path):
    copies = []
    for i, layer in enumerate(MINI_LAYERS):
        copy = tmp_path / f"layer{i}"
        shutil.copytree(layer, copy)
        copies.append(copy)
    return copies


@pytest.fixture
def environ(tmp_path):
    return {"KHALDUN_CACHE_DIR": str(tmp_path / "cache")}


def test_cached_codebook_codes_like_a_fresh_one(layers, environ):
    fresh = load_compiled(layers, use_cache=False)
    first = load_compiled(layers, environ=environ)  # compiles and writes the cache
    entries = list(cache_dir(environ).glob("*.pickle"))
    assert len(entries) == 1
    second = load_compiled(layers, environ=environ)  # read back from the cache
    for sentence in SENTENCES:
        assert keys(fresh, sentence) == keys(first, sentence) == keys(second, sentence)


def test_a_codebook_loaded_without_origins_compiles_alike(layers):
    """The cache compiles a codebook loaded without its line maps (origins=False)."""
    with_origins = load_codebook(layers)
    without = load_codebook(layers, origins=False)
    rule = next(iter(with_origins.rules))
    assert with_origins.origin("rules", rule).line > 0
    assert without.origin("rules", rule).file == "?"
    assert compile_codebook(without) == compile_codebook(with_origins)


def test_a_changed_codebook_file_changes_the_key(layers):
    before = codebook_digest(layers, "1.0")
    rules = layers[-1] / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert codebook_digest(layers, "1.0") != before
    assert codebook_digest(layers, "1.1") != codebook_digest(layers, "1.0")


def test_the_compiled_and_the_python_build_keep_apart_cache_entries(layers):
    # their pickled classes differ: one build must never read the other's codebook
    python = codebook_digest(layers, "1.0", build="python")
    assert codebook_digest(layers, "1.0", build="compiled") != python
    assert codebook_digest(layers, "1.0") == codebook_digest(layers, "1.0", build=build_kind())


def test_a_corrupt_cache_entry_is_rebuilt(layers, environ, caplog):
    load_compiled(layers, environ=environ)
    [entry] = cache_dir(environ).glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    book = load_compiled(layers, environ=environ)
    assert keys(book, SENTENCES[0]) == [("TURMIL", "190", "SYRREB")]
    assert "ignoring unreadable codebook cache" in caplog.text
    assert entry.read_bytes() != b"not a pickle"


def test_the_cache_can_be_turned_off(layers, environ):
    load_compiled(layers, environ={**environ, "KHALDUN_NO_CACHE": "1"})
    assert not cache_dir(environ).exists()


def test_loading_from_the_cache_leaves_the_collector_on(layers, environ):
    load_compiled(layers, environ=environ)
    load_compiled(layers, environ=environ)  # the second load reads the cache
    assert gc.isenabled()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_rules_share_their_default_pattern_tables(shipped_codebook, shipped, lang):
    """Rules that write the same patterns (or none: the defaults) hold the very same compiled
    table, and patterns that write the same literal the very same words (compiled and cached
    once). Only ids are compared: a failure must not print the tables."""
    defaults = shipped_codebook.languages[lang].patterns.verb
    tables = [rule.verb_patterns[lang] for rule in shipped.rules]
    ids_by_texts: dict[tuple[str, ...], set[int]] = {}
    for rule, table in zip(shipped_codebook.rules.values(), tables, strict=True):
        texts = tuple(rule.patterns.get(lang) if rule.patterns else defaults)
        ids_by_texts.setdefault(texts, set()).add(id(table))
    assert all(len(ids) == 1 for ids in ids_by_texts.values())
    assert len(ids_by_texts) < len(tables)
    literals = [words for table in tables for pattern in table.patterns for words in pattern.needs]
    assert len({id(words) for words in literals}) < len(literals) / 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_form_in_many_literals_is_one_string(shipped, lang):
    """Literal words are interned when compiled: one string object a form, however many
    literals hold it (in memory, and in the cache: the pickler memoizes each object)."""
    tables = [rule.verb_patterns[lang] for rule in shipped.rules]
    literals = {id(w): w for table in tables for pattern in table.patterns for w in pattern.needs}
    words = [word for literal in literals.values() for word in literal]
    assert len({id(word) for word in words}) == len(set(words)) < len(words)


def test_the_cache_holds_the_compiled_tables_as_they_are(shipped, tmp_path):
    """Written by the cache (arrays as views of their bytes, forms encoded) and read back: the
    same tables, in the same order, and arrays of the same types."""
    from khaldun import cache

    path = tmp_path / "entry.pickle"
    cache._write(path, shipped)
    again = cache._read(path)
    assert again is not None
    assert again.places == shipped.places and again.rules == shipped.rules
    for lang, language in shipped.languages.items():
        loaded = again.languages[lang]
        assert list(loaded.words.items()) == list(language.words.items())
        assert list(loaded.phrases.items()) == list(language.phrases.items())
        assert loaded.hit_table == language.hit_table
        for name in ("offsets", "flat", "flat_clitics"):
            before, after = getattr(language, name), getattr(loaded, name)
            assert (after.typecode, after) == (before.typecode, before)


def test_changed_khaldun_code_changes_the_key(layers, monkeypatch):
    """An edited checkout keeps its version: the key follows the code too."""
    from khaldun import cache

    before = codebook_digest(layers, "1.0")
    monkeypatch.setattr(cache, "code_digest", lambda: b"edited code")
    assert codebook_digest(layers, "1.0") != before


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops shelled SDF positions near Tal Abyad, killing three fighters.",
        "قصفت القوات التركية مواقع قسد قرب تل أبيض ما أدى إلى مقتل ثلاثة مقاتلين.",
    ],
)
def test_documents_events_and_the_codebook_survive_pickling(shipped, text):
    # --jobs sends documents to workers and events back; the cache pickles the codebook
    document = Document("d1", text, date=dt.date(2019, 10, 9))
    coded = code_document(document, shipped)
    assert coded.events and coded.events[0].fatalities == 3
    assert pickle.loads(pickle.dumps(coded)) == coded
    again = pickle.loads(pickle.dumps(shipped))
    assert code_document(document, again) == coded
