"""Throughput and memory of a whole coding run: raw text in, CSV out.

    python benchmarks/throughput.py [--docs N] [--lang ar|en|both] [--jobs J] [--grow K]
                                    [--corpus dense|news|long] [--file JSONL]
    python benchmarks/throughput.py --lang both --write-mb 200 corpus.jsonl

The corpus is synthetic: the seed story and sentences written for this benchmark, recombined
into stories (throughput only; the events mean nothing). ``--corpus dense`` (the default) draws
every sentence from the event sentences; ``--corpus news`` draws two sentences in three from
sentences written to carry no event (background, figures, quotes, descriptions), as most
sentences of a news story do; ``--corpus long`` does the same with sentences of wire length
(English ~25 words, Arabic ~32: long_sentences.py), where the other two have ~10.
``--file JSONL`` codes your own documents instead ({"id", "text", optional "lang"} a line;
``--lang`` is the language of lines without one), to measure held-out news the same way.
Reports sentences/s, MB/s, words per sentence and peak RSS
of this process (children included with --jobs > 1). ``--grow K`` codes with the shipped
codebook plus K - 1 synthetic copies of its actors and rules (grown_codebook.py).
``--write-mb N FILE`` writes N MB of that corpus as JSON lines instead (for a streaming run of
``khaldun code FILE``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from grown_codebook import grow
from long_sentences import (
    ARABIC_LONG,
    ARABIC_LONG_NO_EVENT,
    ENGLISH_LONG,
    ENGLISH_LONG_NO_EVENT,
)

from khaldun import load_compiled
from khaldun.codebook import default_codebook_dir
from khaldun.models import Document
from khaldun.parallel import code_items
from khaldun.writers import make_writer

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = [
    "Turkish troops attacked SDF positions near Tal Abyad on Monday.",
    "The US-led coalition said it had withdrawn its forces from the border.",
    "Iraqi protesters demonstrated outside the Turkish embassy in Baghdad.",
    "Police arrested five journalists in Istanbul on Tuesday.",
    "The United Nations urged both sides to return to negotiations.",
    "Three soldiers were killed when a roadside bomb exploded near their convoy.",
    "The foreign minister met his Russian counterpart in Moscow to discuss the crisis.",
    "Officials said the talks would resume next week in Geneva.",
    "Hezbollah fighters clashed with Israeli troops along the border.",
    "The government rejected the opposition's demands for early elections.",
]
ARABIC = [
    "هاجمت القوات التركية مواقع قسد قرب تل أبيض يوم الاثنين.",
    "وقال التحالف الدولي إنه سحب قواته من الحدود.",
    "تظاهر آلاف العراقيين أمام السفارة التركية في بغداد.",
    "اعتقلت الشرطة خمسة صحفيين في إسطنبول أمس.",
    "ودعت الأمم المتحدة الطرفين إلى العودة إلى المفاوضات.",
    "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم.",
    "والتقى وزير الخارجية نظيره الروسي في موسكو لبحث الأزمة.",
    "وأكد المسؤولون أن المحادثات ستستأنف الأسبوع المقبل في جنيف.",
    "واشتبك مقاتلو حزب الله مع القوات الإسرائيلية على الحدود.",
    "ورفضت الحكومة مطالب المعارضة بإجراء انتخابات مبكرة.",
]
ENGLISH_NO_EVENT = [
    "The city of about 200,000 people lies on the river, some 90 kilometres east of the capital.",
    "Prices of bread and fuel have risen by nearly a third since the start of the year.",
    "The region is home to Arab, Kurdish and Syriac communities.",
    "The province has been under the control of local councils since 2019.",
    "Schools in the district reopened on Sunday after the winter holiday.",
    "The report, published on Wednesday, runs to more than 80 pages.",
    '"We have no electricity for most of the day," a shopkeeper in the old market said.',
    "Farmers in the area mostly grow wheat, cotton and barley.",
    "The road between the two towns is about 60 kilometres long.",
    "The ministry said the census would be completed by the end of the summer.",
]
ARABIC_NO_EVENT = [
    "يبلغ عدد سكان المدينة نحو مئتي ألف نسمة وتقع على ضفة النهر.",
    "ارتفعت أسعار الخبز والوقود بنحو الثلث منذ بداية العام.",
    "تضم المنطقة مجتمعات عربية وكردية وسريانية.",
    "وتخضع المحافظة لإدارة مجالس محلية منذ عام 2019.",
    "وأعيد فتح المدارس في المنطقة يوم الأحد بعد العطلة الشتوية.",
    "ويقع التقرير الذي نشر يوم الأربعاء في أكثر من ثمانين صفحة.",
    "ويزرع المزارعون في المنطقة القمح والقطن والشعير.",
    "ويبلغ طول الطريق بين البلدتين نحو ستين كيلومترا.",
    "وقال صاحب متجر في السوق القديم إن الكهرباء تنقطع معظم ساعات اليوم.",
    "وتشتهر المدينة بأسواقها القديمة ومساجدها التاريخية.",
]
NO_EVENT_SHARE = {"dense": 0.0, "news": 2 / 3, "long": 2 / 3}  # drawn from *_NO_EVENT
POOLS = {  # by corpus and language: the event sentences and the event-free ones
    ("dense", "en"): (ENGLISH, ENGLISH_NO_EVENT),
    ("dense", "ar"): (ARABIC, ARABIC_NO_EVENT),
    ("news", "en"): (ENGLISH, ENGLISH_NO_EVENT),
    ("news", "ar"): (ARABIC, ARABIC_NO_EVENT),
    ("long", "en"): (ENGLISH_LONG, ENGLISH_LONG_NO_EVENT),
    ("long", "ar"): (ARABIC_LONG, ARABIC_LONG_NO_EVENT),
}


def corpus(n: int, lang: str, seed: int = 7, kind: str = "dense") -> list[Document]:
    rng = random.Random(seed)
    story = (ROOT / "seeds" / "welati-news-hasakah.txt").read_text(encoding="utf-8")
    quiet = NO_EVENT_SHARE[kind]
    docs = []
    for i in range(n):
        language = lang if lang != "both" else ("ar" if i % 2 else "en")
        pool, calm = POOLS[kind, language]
        body = " ".join(
            rng.choice(calm if quiet and rng.random() < quiet else pool)
            for _ in range(rng.randint(8, 20))
        )
        if language == "ar" and i % 10 == 0:
            body = story
        docs.append(Document(f"d{i}", body, None, language))
    return docs


def read_corpus(path: Path, lang: str) -> list[Document]:
    """Documents of a JSON lines file: {"id", "text", optional "lang"} a line."""
    docs = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if line.strip():
                row = json.loads(line)
                docs.append(
                    Document(str(row.get("id", number)), row["text"], None, row.get("lang", lang))
                )
    return docs


def write_corpus(path: Path, megabytes: float, lang: str, kind: str = "dense") -> None:
    """JSON lines of the synthetic corpus, recombined afresh until ``megabytes`` are written."""
    limit = megabytes * 1e6
    written = batch = 0
    with path.open("w", encoding="utf-8") as out:
        while written < limit:
            for doc in corpus(1000, lang, seed=batch, kind=kind):
                line = json.dumps({"id": f"b{batch}-{doc.id}", "text": doc.text, "lang": doc.lang})
                out.write(line + "\n")
                written += len(line.encode("utf-8")) + 1
            batch += 1


def load_grown(factor: int):
    """The shipped codebook, grown ``factor`` times when factor > 1 (compiled afresh)."""
    if factor <= 1:
        return load_compiled()
    with tempfile.TemporaryDirectory() as layer:
        grow(factor, Path(layer), default_codebook_dir())
        return load_compiled([default_codebook_dir(), Path(layer)], use_cache=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--lang", choices=["ar", "en", "both"], default="both")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--grow", type=int, default=1, metavar="K")
    parser.add_argument("--corpus", choices=sorted(NO_EVENT_SHARE), default="dense")
    parser.add_argument("--write-mb", type=float, metavar="N")
    parser.add_argument("--file", type=Path, dest="jsonl", metavar="JSONL", help="code it instead")
    parser.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args()
    if args.write_mb:
        write_corpus(args.file, args.write_mb, args.lang, args.corpus)
        return
    started = time.perf_counter()
    book = load_grown(args.grow)
    loaded = time.perf_counter() - started
    if args.jsonl:
        docs = read_corpus(args.jsonl, "ar" if args.lang == "both" else args.lang)
    else:
        docs = corpus(args.docs, args.lang, kind=args.corpus)
    words = sum(len(d.text.split()) for d in docs)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    sink = io.StringIO()
    writer = make_writer("csv", sink)
    sentences = events = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for _doc, coded in code_items(docs, book, args.jobs):
        sentences += coded.sentences
        for event in coded.events:
            writer.write(event)
            events += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # this process only: the figure for --jobs 1
    peak = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    print(
        f"corpus={args.jsonl or args.corpus} lang={args.lang} jobs={args.jobs} grow=x{args.grow} "
        f"docs={len(docs)} sentences={sentences} events={events} MB={size / 1e6:.1f} "
        f"words/sentence={words / max(sentences, 1):.1f}"
    )
    print(
        f"codebook load {loaded:.2f} s; coding {elapsed:.2f} s: "
        f"{sentences / elapsed:,.0f} sentences/s, {size / 1e6 / elapsed:.2f} MB/s; "
        f"peak RSS {peak:.0f} MB"
    )
    if args.jobs <= 1:  # on a shared machine, CPU time is the fairer clock
        print(
            f"CPU {cpu:.2f} s: {sentences / cpu:,.0f} sentences/CPU-s, "
            f"{size / 1e6 / cpu:.2f} MB/CPU-s"
        )


if __name__ == "__main__":
    main()
