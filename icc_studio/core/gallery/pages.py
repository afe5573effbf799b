"""The gallery's HTML: a home page, a page per city, and the filtered pages that make filters work without
JavaScript. Pure functions from plain values to text; nothing here reads the project or writes files.

Paths inside the site are kept relative to its root (``media/…``) and turned into links
relative to each page, so the site works from ``file://`` and from any folder of any host.

Site map (``P`` is empty for the first interface language, else ``<lang>/``)::

    P/index.html                  home: the campaign, the cities, the video and collage, every contribution
    P/language/<lang>.html        home, only the contributions in <lang>
    P/city/<slug>/index.html      a city: its video, its collage, its contributions
    P/city/<slug>/<lang>.html     a city, only the contributions in <lang>
    …-p2.html, -p3.html           the next pages of a selection longer than PAGE_SIZE
"""

from __future__ import annotations

import base64
import posixpath
from dataclasses import dataclass, field
from html import escape

from . import i18n

CARD_SIZES = "(min-width: 1312px) 236px, (min-width: 1030px) 23vw, (min-width: 780px) 30vw, 46vw"
COLLAGE_SIZES = "(min-width: 960px) 440px, 92vw"
COVER_SIZES = "(min-width: 960px) 200px, 40vw"
PAGE_SIZE = 200  # contributions per page: a long selection continues on index-p2.html, …


@dataclass(frozen=True)
class Image:
    """One picture in several widths; ``src`` paths are relative to the site root."""

    variants: tuple[tuple[int, int, str, str], ...]  # (width, height, webp, jpeg), narrowest first
    alt: str

    @property
    def largest(self) -> tuple[int, int, str, str]:
        return self.variants[-1]


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str  # "photo" | "clip"
    city: str
    city_slug: str
    lang: str
    caption: str
    alt: str
    image: Image  # the photo, or the still of a clip
    video: str = ""  # a clip's web version (site-relative)


@dataclass(frozen=True)
class Video:
    src: str
    poster: str
    width: int
    height: int
    subtitles: str  # a .vtt (site-relative) or ""
    subtitles_lang: str
    subtitles_text: str = ""  # the WebVTT itself, put inline in the page


@dataclass
class City:
    name: str
    slug: str
    entries: list[Entry] = field(default_factory=list)
    video: Video | None = None
    collage: Image | None = None
    collage_full: str = ""

    @property
    def languages(self) -> list[str]:
        return list(dict.fromkeys(e.lang for e in self.entries))


@dataclass(frozen=True)
class Campaign:
    title: dict[str, str]       # per interface language
    tagline: dict[str, str]
    date_label: dict[str, str]
    year: int
    hashtags: tuple[str, ...]
    ui_languages: tuple[str, ...]
    project_city: str


def ui_prefix(ui: str, campaign: Campaign) -> str:
    return "" if ui == campaign.ui_languages[0] else f"{ui}/"


def page_path(ui: str, campaign: Campaign, city: str = "", lang: str = "", number: int = 1) -> str:
    """The page of a selection; ``number`` > 1 for the next pages of a long one (``index-p2.html``)."""
    base = ui_prefix(ui, campaign) + (f"city/{city}/" if city else "")
    stem = (lang if city else f"language/{lang}") if lang else "index"
    return base + stem + (f"-p{number}" if number > 1 else "") + ".html"


def page_count(n: int) -> int:
    return max(1, -(-n // PAGE_SIZE))


def rel(page: str, target: str) -> str:
    """``target`` (site-relative) as a link from ``page`` (site-relative)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def _a(attrs: dict[str, object]) -> str:
    parts = []
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        parts.append(f" {name}" if value is True else f' {name}="{escape(str(value), quote=True)}"')
    return "".join(parts)


def picture(page: str, image: Image, sizes: str, *, lazy: bool = True, css: str = "") -> str:
    w, h, _webp, jpeg = image.largest
    webp_set = ", ".join(f"{escape(rel(page, v[2]))} {v[0]}w" for v in image.variants)
    jpeg_set = ", ".join(f"{escape(rel(page, v[3]))} {v[0]}w" for v in image.variants)
    fallback = image.variants[min(1, len(image.variants) - 1)][3]
    img = _a({"src": rel(page, fallback), "srcset": jpeg_set, "sizes": sizes, "width": w, "height": h,
              "alt": image.alt, "loading": "lazy" if lazy else None, "decoding": "async",
              "fetchpriority": None if lazy else "high", "class": css or None})
    return (f'<picture><source type="image/webp" srcset="{webp_set}" sizes="{escape(sizes)}">'
            f"<img{img}></picture>")


def _t(key: str, ui: str, **values: object) -> str:
    return escape(i18n.text(key, ui, **values))


def _lang_attrs(lang: str) -> str:
    return _a({"lang": lang, "dir": i18n.direction(lang)})


def card(page: str, entry: Entry, ui: str) -> str:
    lang = entry.lang
    if entry.kind == "clip":
        w, h, _webp, jpeg = entry.image.largest
        media = (f'<video controls preload="none" playsinline{_a({"poster": rel(page, jpeg), "width": w, "height": h})}'
                 f'{_a({"aria-label": entry.alt})}><source{_a({"src": rel(page, entry.video), "type": "video/mp4"})}>'
                 f"</video>")
        kind = f'<span class="kind">{_t("clip", ui)}</span>'
    else:
        media = picture(page, entry.image, CARD_SIZES)
        kind = ""
    return (
        f'<li class="card"{_a({"data-city": entry.city_slug, "data-lang": lang, "id": f"c{entry.id}"})}>'
        f'<figure><div class="media">{media}</div>'
        f'<figcaption><p class="caption"{_lang_attrs(lang)}>{escape(entry.caption)}</p>'
        f'<p class="meta"><span class="chip lang-chip"{_lang_attrs(lang)}>{escape(i18n.language_name(lang))}</span>'
        f'<span class="where">{escape(entry.city)}</span>{kind}</p>'
        f'<details><summary>{_t("description", ui)}</summary><p{_lang_attrs(lang)}>{escape(entry.alt)}</p></details>'
        f"</figcaption></figure></li>"
    )


def _chip(page: str, href: str, label: str, current: bool, kind: str, value: str, *, lang: str | None = None) -> str:
    attrs = {"class": "chip filter", "href": rel(page, href), "data-filter": kind, "data-value": value,
             "aria-current": "true" if current else None}
    if lang:
        attrs.update({"lang": lang, "dir": i18n.direction(lang)})
    return f"<li><a{_a(attrs)}>{escape(label)}</a></li>"


def filters(page: str, ui: str, campaign: Campaign, cities: list[City], languages: list[str], *,
            city: str, lang: str) -> str:
    """Filter links: each one a real page (works without JavaScript); the script filters in place."""
    groups = []
    if len(cities) > 1:
        items = [_chip(page, page_path(ui, campaign, "", lang), i18n.text("all_cities", ui), not city, "city", "")]
        items += [_chip(page, page_path(ui, campaign, c.slug, lang if lang in c.languages else ""), c.name,
                        city == c.slug, "city", c.slug) for c in cities]
        groups.append(("city", items))
    if len(languages) > 1:
        items = [_chip(page, page_path(ui, campaign, city, ""), i18n.text("all_languages", ui), not lang, "lang", "")]
        items += [_chip(page, page_path(ui, campaign, city, code), i18n.language_name(code), lang == code, "lang",
                        code, lang=code) for code in languages]
        groups.append(("language", items))
    if not groups:
        return ""
    html = [f'<nav class="filters" aria-label="{_t("filters", ui)}">']
    for key, items in groups:
        html.append(f'<div class="filter-group"><h3 class="filter-label" id="f-{key}">{_t(key, ui)}</h3>'
                    f'<ul class="chips" aria-labelledby="f-{key}">{"".join(items)}</ul></div>')
    html.append("</nav>")
    return "".join(html)


def pager(page: str, ui: str, campaign: Campaign, *, city: str, lang: str, number: int, pages: int) -> str:
    if pages < 2:
        return ""
    items = []
    if number > 1:
        items.append(f'<li><a rel="prev"{_a({"href": rel(page, page_path(ui, campaign, city, lang, number - 1))})}>'
                     f'{_t("previous", ui)}</a></li>')
    for n in range(1, pages + 1):
        items.append(f'<li><a{_a({"href": rel(page, page_path(ui, campaign, city, lang, n)), "aria-current": "page" if n == number else None})}>{n}</a></li>')
    if number < pages:
        items.append(f'<li><a rel="next"{_a({"href": rel(page, page_path(ui, campaign, city, lang, number + 1))})}>'
                     f'{_t("next", ui)}</a></li>')
    return f'<nav class="pager" aria-label="{_t("pages", ui)}"><ul>{"".join(items)}</ul></nav>'


def wall(page: str, ui: str, campaign: Campaign, cities: list[City], entries: list[Entry], all_languages: list[str],
         *, city: str, lang: str, title: str, number: int = 1) -> str:
    """The contributions of a selection (``entries`` of the city or of all cities, ``lang`` applied here),
    ``PAGE_SIZE`` per page. On a page that holds its whole selection the script filters in place."""
    selected = [e for e in entries if not lang or e.lang == lang]
    pages = page_count(len(selected))
    shown = selected[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    count_template = i18n.text("showing", ui)
    count = count_template.format(shown=len(shown), total=len(selected) if pages > 1 else len(entries))
    nav = pager(page, ui, campaign, city=city, lang=lang, number=number, pages=pages)
    return (
        f'<section class="wall" id="wall" aria-labelledby="wall-title"'
        f'{_a({"data-scope-city": city, "data-scope-lang": lang, "data-paged": "true" if pages > 1 else None})}>'
        f'<h2 id="wall-title">{escape(title)}</h2>'
        f"{filters(page, ui, campaign, cities, all_languages, city=city, lang=lang)}"
        f'<p class="count" role="status"{_a({"data-template": count_template})}>{escape(count)}</p>'
        f'<ul class="grid">{"".join(card(page, e, ui) for e in shown)}</ul>'
        f'<p class="empty"{"" if not shown else " hidden"}>{_t("nothing", ui)}</p>'
        f"{nav}</section>"
    )


def video_block(page: str, ui: str, city: City) -> str:
    v = city.video
    if v is None:
        return ""
    track = ""
    if v.subtitles_text:
        # Inline (data: URL): browsers refuse to load a subtitle file beside a page opened from disk.
        src = "data:text/vtt;charset=utf-8;base64," + base64.b64encode(v.subtitles_text.encode("utf-8")).decode("ascii")
        track = (f"<track{_a({'kind': 'subtitles', 'src': src, 'srclang': v.subtitles_lang, 'label': i18n.text('subtitles', ui), 'default': True})}>")
    return (
        f'<section class="feature video" aria-labelledby="video-{city.slug}">'
        f'<h2 id="video-{city.slug}">{_t("city_video", ui, city=city.name)}</h2>'
        f'<div class="frame"><video controls preload="none" playsinline'
        f'{_a({"poster": rel(page, v.poster), "width": v.width, "height": v.height, "aria-label": i18n.text("city_video", ui, city=city.name)})}>'
        f'<source{_a({"src": rel(page, v.src), "type": "video/mp4"})}>{track}</video></div></section>'
    )


def collage_block(page: str, ui: str, city: City) -> str:
    if city.collage is None:
        return ""
    return (
        f'<section class="feature collage" aria-labelledby="collage-{city.slug}">'
        f'<h2 id="collage-{city.slug}">{_t("collage", ui)}</h2>'
        f'<div class="frame">{picture(page, city.collage, COLLAGE_SIZES)}</div>'
        f'<p><a{_a({"href": rel(page, city.collage_full)})}>{_t("collage_download", ui)}</a></p></section>'
    )


def hashtags_block(ui: str, campaign: Campaign) -> str:
    if not campaign.hashtags:
        return ""
    tags = "".join(f'<li class="tag" dir="ltr">{escape(t)}</li>' for t in campaign.hashtags)
    return (f'<section class="hashtags" aria-labelledby="hashtags-title"><h2 id="hashtags-title">{_t("hashtags", ui)}</h2>'
            f'<p>{_t("hashtags_lead", ui)}</p><ul class="tags">{tags}</ul></section>')


def city_cards(page: str, ui: str, campaign: Campaign, cities: list[City]) -> str:
    items = []
    for c in cities:
        cover = next((e.image for e in c.entries if e.kind == "photo"), None) or (
            c.entries[0].image if c.entries else None)
        img = picture(page, Image(cover.variants, ""), COVER_SIZES) if cover else ""
        items.append(
            f'<li><a class="city-card"{_a({"href": rel(page, page_path(ui, campaign, c.slug))})}>'
            f'{img}<span class="city-name">{escape(c.name)}</span>'
            f'<span class="city-count">{_t("contributions", ui, n=len(c.entries))}</span>'
            f'<span class="visually-hidden">{_t("open_city", ui, city=c.name)}</span></a></li>')
    return (f'<section class="cities" aria-labelledby="cities-title"><h2 id="cities-title">{_t("cities", ui)}</h2>'
            f'<ul class="city-list">{"".join(items)}</ul></section>')


def mosaic(page: str, entries: list[Entry]) -> str:
    """A few of the photos beside the title (decorative: the same pictures are in the wall with their alt text)."""
    photos = [e for e in entries if e.kind == "photo"][:6]
    if len(photos) < 3:
        return ""
    photos = photos[:6] if len(photos) >= 6 else photos[:3]
    tiles = "".join(
        f'<li><img{_a({"src": rel(page, e.image.variants[0][2]), "width": e.image.variants[0][0], "height": e.image.variants[0][1], "alt": "", "decoding": "async"})}></li>'
        for e in photos)
    return f'<ul class="mosaic n{len(photos)}" aria-hidden="true">{tiles}</ul>'


def _ui_switch(page_of: dict[str, str], page: str, ui: str, campaign: Campaign) -> str:
    if len(campaign.ui_languages) < 2:
        return ""
    links = "".join(
        f"<li><a{_a({'href': rel(page, page_of[code]), 'lang': code, 'hreflang': code, 'dir': i18n.direction(code), 'aria-current': 'true' if code == ui else None})}>"
        f"{escape(i18n.language_name(code))}</a></li>" for code in campaign.ui_languages)
    return f'<nav class="ui-langs" aria-label="{_t("interface_language", ui)}"><ul>{links}</ul></nav>'


def document(page: str, ui: str, campaign: Campaign, *, title: str, heading: str, eyebrow: str, lead: str,
             stats: str, body: str, page_of: dict[str, str], home: str, tiles: str = "") -> str:
    """A whole page: its language and direction are the interface language's."""
    tags = "".join(f'<li class="tag" dir="ltr">{escape(t)}</li>' for t in campaign.hashtags[:3])
    home_link = (f'<a class="brand"{_a({"href": rel(page, home)})}>'
                 f'<span class="brand-mark" aria-hidden="true"></span>{_t("network", ui)}</a>')
    return (
        "<!doctype html>\n"
        f'<html{_a({"lang": ui, "dir": i18n.direction(ui)})}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n"
        f'<meta name="description"{_a({"content": lead})}>\n'
        f'<link rel="stylesheet"{_a({"href": rel(page, "assets/gallery.css")})}>\n'
        f'<script defer{_a({"src": rel(page, "assets/gallery.js")})}></script>\n'
        "</head>\n<body>\n"
        f'<a class="skip" href="#wall">{_t("skip", ui)}</a>\n'
        f'<header class="masthead"><div class="bar">{home_link}{_ui_switch(page_of, page, ui, campaign)}</div>'
        f'<div class="hero"><div class="hero-text"><p class="eyebrow">{escape(eyebrow)}</p><h1>{escape(heading)}</h1>'
        f'<p class="lead">{escape(lead)}</p><ul class="tags hero-tags">{tags}</ul>'
        f'<p class="stats">{escape(stats)}</p></div>{tiles}</div></header>\n'
        f'<main id="main">{body}</main>\n'
        f'<footer class="site-footer"><p>{_t("consent_note", ui)}</p><p>{_t("footer", ui)}</p></footer>\n'
        "</body>\n</html>\n"
    )


def home_page(ui: str, campaign: Campaign, cities: list[City], *, lang: str = "", number: int = 1) -> tuple[str, str]:
    page = page_path(ui, campaign, "", lang, number)
    entries = [e for c in cities for e in c.entries]
    languages = list(dict.fromkeys(e.lang for e in entries))
    project_city = next((c for c in cities if c.name == campaign.project_city), cities[0] if cities else None)
    features = ""
    if project_city is not None and not lang and number == 1:
        features = video_block(page, ui, project_city) + collage_block(page, ui, project_city)
        if features:
            features = f'<div class="features">{features}</div>'
    body = (features + (city_cards(page, ui, campaign, cities) if len(cities) > 1 and not lang and number == 1 else "")
            + wall(page, ui, campaign, cities, entries, languages, city="", lang=lang, title=i18n.text("wall", ui),
                   number=number)
            + hashtags_block(ui, campaign))
    eyebrow = " · ".join(x for x in (f"{campaign.date_label[ui]} {campaign.year}",
                                     campaign.project_city if len(cities) == 1 else "") if x)
    stats = i18n.text("contributions", ui, n=len(entries))
    if len(cities) > 1:
        stats += f" · {i18n.text('cities', ui)}: {len(cities)}"
    page_of = {code: page_path(code, campaign, "", lang, number) for code in campaign.ui_languages}
    title = f"{campaign.title[ui]} {campaign.year}" + (f" ({number})" if number > 1 else "")
    return page, document(page, ui, campaign, title=title, heading=campaign.title[ui], eyebrow=eyebrow,
                          lead=campaign.tagline[ui], stats=stats, body=body, page_of=page_of,
                          home=page_path(ui, campaign), tiles=mosaic(page, entries))


def city_page(ui: str, campaign: Campaign, cities: list[City], city: City, *, lang: str = "",
              number: int = 1) -> tuple[str, str]:
    page = page_path(ui, campaign, city.slug, lang, number)
    features = "" if lang or number > 1 else video_block(page, ui, city) + collage_block(page, ui, city)
    if features:
        features = f'<div class="features">{features}</div>'
    crumbs = ""
    if len(cities) > 1:
        crumbs = (f'<nav class="crumbs" aria-label="{_t("cities", ui)}"><a{_a({"href": rel(page, page_path(ui, campaign))})}>'
                  f'{_t("all_cities", ui)}</a></nav>')
    body = (crumbs + features + wall(page, ui, campaign, cities, city.entries, city.languages, city=city.slug,
                                     lang=lang, title=i18n.text("wall_city", ui, city=city.name), number=number)
            + hashtags_block(ui, campaign))
    page_of = {code: page_path(code, campaign, city.slug, lang, number) for code in campaign.ui_languages}
    eyebrow = f"{campaign.title[ui]} · {campaign.date_label[ui]} {campaign.year}"
    suffix = f" ({number})" if number > 1 else ""
    return page, document(page, ui, campaign, title=f"{city.name} · {campaign.title[ui]} {campaign.year}{suffix}",
                          heading=city.name, eyebrow=eyebrow, lead=campaign.tagline[ui],
                          stats=i18n.text("contributions", ui, n=len(city.entries)), body=body, page_of=page_of,
                          home=page_path(ui, campaign), tiles=mosaic(page, city.entries))


def all_pages(campaign: Campaign, cities: list[City]) -> list[tuple[str, str]]:
    """Every page of the site as (site-relative path, HTML)."""
    pages = []
    entries = [e for c in cities for e in c.entries]
    languages = list(dict.fromkeys(e.lang for e in entries))

    def count(items: list[Entry], lang: str) -> int:
        return page_count(sum(1 for e in items if not lang or e.lang == lang))

    for ui in campaign.ui_languages:
        for lang in [""] + (languages if len(languages) > 1 else []):
            pages += [home_page(ui, campaign, cities, lang=lang, number=n)
                      for n in range(1, count(entries, lang) + 1)]
        for city in cities:
            for lang in [""] + (city.languages if len(city.languages) > 1 else []):
                pages += [city_page(ui, campaign, cities, city, lang=lang, number=n)
                          for n in range(1, count(city.entries, lang) + 1)]
    return pages
