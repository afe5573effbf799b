"""The printable consent form: one A4 page per kit language, for residents who consent on paper.

The kit gives the consent text, the purposes and the guardian's declaration in each of its
languages; the form adds tick boxes for the purposes, lines for the name, date and
signatures, the version of the text (so the signed paper can be matched to what staff
record, see :mod:`icc_studio.core.consent`) and a QR code to the city's privacy notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from .assets.common import DEFAULT_CAMPAIGN_URL, RTL_LANGUAGES, draw_qr, draw_text_box, rgb
from .assets.pdf import PdfPage, encode_jpeg, write_pdf
from .jobs import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from .kits import Kit, load_builtin_kit
from .render.photos import slug
from .store import Project

A4_MM = (210.0, 297.0)
DPI = 150

# The form's own words (the kit has the consent text, the purposes and the guardian's text).
LABELS: dict[str, dict[str, str]] = {
    "en": {"title": "Consent form", "purposes": "I agree to these uses (tick each one you accept):",
           "name": "First name or pseudonym", "date": "Date", "signature": "Signature",
           "minor": "For a resident under {age}:", "guardian": "Name of the parent or guardian",
           "privacy": "Privacy notice", "version": "Text version {version} · {language}"},
    "fr": {"title": "Formulaire de consentement", "purposes": "J’accepte ces usages (cochez chacun de ceux que vous acceptez) :",
           "name": "Prénom ou pseudonyme", "date": "Date", "signature": "Signature",
           "minor": "Pour une personne de moins de {age} ans :", "guardian": "Nom du parent ou du tuteur légal",
           "privacy": "Protection des données", "version": "Version du texte {version} · {language}"},
    "it": {"title": "Modulo di consenso", "purposes": "Accetto questi usi (spunta ciascuno di quelli che accetti):",
           "name": "Nome o pseudonimo", "date": "Data", "signature": "Firma",
           "minor": "Per chi ha meno di {age} anni:", "guardian": "Nome del genitore o tutore",
           "privacy": "Informativa sulla privacy", "version": "Versione del testo {version} · {language}"},
    "de": {"title": "Einwilligungserklärung", "purposes": "Ich stimme diesen Verwendungen zu (bitte jede ankreuzen, der Sie zustimmen):",
           "name": "Vorname oder Pseudonym", "date": "Datum", "signature": "Unterschrift",
           "minor": "Für Personen unter {age} Jahren:", "guardian": "Name eines Elternteils oder des Vormunds",
           "privacy": "Datenschutzhinweis", "version": "Textversion {version} · {language}"},
    "es": {"title": "Formulario de consentimiento", "purposes": "Acepto estos usos (marque cada uno que acepte):",
           "name": "Nombre o seudónimo", "date": "Fecha", "signature": "Firma",
           "minor": "Para menores de {age} años:", "guardian": "Nombre del padre, la madre o el tutor",
           "privacy": "Aviso de privacidad", "version": "Versión del texto {version} · {language}"},
    "pt": {"title": "Formulário de consentimento", "purposes": "Aceito estas utilizações (assinale cada uma que aceita):",
           "name": "Nome próprio ou pseudónimo", "date": "Data", "signature": "Assinatura",
           "minor": "Para menores de {age} anos:", "guardian": "Nome do pai, da mãe ou do tutor",
           "privacy": "Aviso de privacidade", "version": "Versão do texto {version} · {language}"},
    "uk": {"title": "Форма згоди", "purposes": "Я погоджуюся на такі способи використання (позначте кожен, який приймаєте):",
           "name": "Ім’я або псевдонім", "date": "Дата", "signature": "Підпис",
           "minor": "Для осіб, молодших за {age} років:", "guardian": "Ім’я одного з батьків або опікуна",
           "privacy": "Повідомлення про конфіденційність", "version": "Версія тексту {version} · {language}"},
    "ar": {"title": "استمارة الموافقة", "purposes": "أوافق على هذه الاستخدامات (يُرجى وضع علامة أمام كل ما توافق عليه):",
           "name": "الاسم الأول أو اسم مستعار", "date": "التاريخ", "signature": "التوقيع",
           "minor": "لمن هم دون {age} سنة:", "guardian": "اسم الوالد أو الوصي",
           "privacy": "إشعار الخصوصية", "version": "نسخة النص {version} · {language}"},
}


@dataclass(frozen=True)
class ConsentFormSpec:
    project: Path
    languages: tuple[str, ...] | None = None  # None: every language of the kit
    privacy_url: str | None = None            # None: the network's campaign page
    age_threshold: int = 16
    out_dir: Path | None = None               # None: <project>/exports/consent-forms


@dataclass
class ConsentFormResult:
    files: list[Path] = field(default_factory=list)


def form_labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang.split("-")[0], LABELS["en"])


def render_consent_forms(spec: ConsentFormSpec, *, progress: ProgressFn = no_progress,
                         cancel: CancelToken = NEVER_CANCELLED) -> ConsentFormResult:
    """One PDF (A4) per language, with a PNG beside it to look at; written atomically."""
    with Project.open(spec.project) as project:
        info = project.info()
        kit = load_builtin_kit(info.kit_id)
    languages = spec.languages or kit.languages
    out = spec.out_dir or Path(spec.project) / "exports" / "consent-forms"
    out.mkdir(parents=True, exist_ok=True)
    result = ConsentFormResult()
    for index, lang in enumerate(languages):
        cancel.check()
        lang = kit.resolve_language(lang)
        page = consent_form_page(kit, info.city, lang, spec.privacy_url or DEFAULT_CAMPAIGN_URL, spec.age_threshold)
        stem = f"{slug(info.city)}_{kit.id}_consent-form_{lang}"
        pdf = write_pdf(out / f"{stem}.pdf", [PdfPage(encode_jpeg(page, 95), page.size, A4_MM)],
                        title=form_labels(lang)["title"])
        png = out / f"{stem}.png"
        from .fileio import atomic_path, save_image

        with atomic_path(png, durable=False) as tmp:
            save_image(page, tmp, "PNG", dpi=(DPI, DPI))
        result.files += [pdf, png]
        progress(index + 1, len(languages), lang)
    return result


def consent_form_page(kit: Kit, city: str, lang: str, privacy_url: str, age_threshold: int = 16) -> Image.Image:
    """The form in ``lang`` as an RGB image of A4 at 150 dpi."""
    labels = form_labels(lang)
    rtl = lang.split("-")[0] in RTL_LANGUAGES
    align = "start"  # the left edge in left-to-right scripts, the right edge in right-to-left ones
    width, height = round(A4_MM[0] / 25.4 * DPI), round(A4_MM[1] / 25.4 * DPI)
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    margin = round(15 / 25.4 * DPI)
    inner = width - 2 * margin
    ink = "text"

    # Header band: the campaign and the city.
    band = round(height * 0.11)
    draw.rectangle((0, 0, width, band), fill=rgb(kit, "primary"))
    draw_text_box(page, kit, (margin, round(band * 0.12), width - margin, round(band * 0.58)),
                  kit.text("title", lang).replace("{city}", city), colour="text_on_primary", font="display", align=align,
                  lang=lang, max_lines=1, min_size=14, required=False)
    draw_text_box(page, kit, (margin, round(band * 0.58), width - margin, round(band * 0.92)),
                  f"{labels['title']} · {city}", colour="accent", align=align, lang=lang, max_lines=1, min_size=12)
    y = band + round(margin * 0.6)

    def text(body: str, lines: int, height_px: int, *, colour: str = ink, font: str = "body", size: int = 26) -> None:
        nonlocal y
        draw_text_box(page, kit, (margin, y, width - margin, y + height_px), body, colour=colour, font=font,
                      align=align, lang=lang, max_lines=lines, min_size=14, max_size=size)
        y += height_px

    text(kit.text("consent_text", lang).replace("{city}", city), 12, 310, size=24)
    y += 8
    text(labels["purposes"], 2, 60, font="display", size=24)
    box = 30
    for _purpose, label in kit.texts[lang].purposes.items():
        x0 = width - margin - box if rtl else margin
        draw.rectangle((x0, y + 10, x0 + box, y + 10 + box), outline=rgb(kit, "primary"), width=3)
        rect = (margin, y, width - margin - box - 20, y + 52) if rtl else (margin + box + 20, y, width - margin, y + 52)
        draw_text_box(page, kit, rect, label, colour=ink, align=align, lang=lang, max_lines=1, min_size=14,
                      max_size=24)
        y += 60
    y += 20

    def field_line(label: str, x0: int, x1: int) -> None:
        draw_text_box(page, kit, (x0, y, x1, y + 40), label, colour=ink, align=align, lang=lang, max_lines=1,
                      min_size=12, max_size=20)
        draw.line((x0, y + 100, x1, y + 100), fill=(90, 90, 90), width=2)

    half = inner // 2
    left_x, right_x = (margin + half + 20, margin) if rtl else (margin, margin + half + 20)
    field_line(labels["name"], left_x, left_x + half - 20)
    field_line(labels["date"], right_x, right_x + half - 20)
    y += 120
    field_line(labels["signature"], left_x, left_x + half - 20)
    y += 150

    draw.line((margin, y, width - margin, y), fill=rgb(kit, "accent"), width=3)
    y += 20
    text(labels["minor"].replace("{age}", str(age_threshold)), 1, 50, font="display", size=24)
    text(kit.text("guardian_text", lang), 4, 130, size=22)
    field_line(labels["guardian"], left_x, left_x + half - 20)
    field_line(labels["signature"], right_x, right_x + half - 20)

    # Footer: the version of the text (to match the signed paper with what staff record) and the QR code.
    qr_side = round(32 / 25.4 * DPI)
    qr_x = margin if rtl else width - margin - qr_side
    qr_y = height - margin - qr_side
    draw_qr(page, (qr_x, qr_y, qr_x + qr_side, qr_y + qr_side), privacy_url)
    text_left, text_right = (qr_x + qr_side + 30, width - margin) if rtl else (margin, qr_x - 30)
    draw_text_box(page, kit, (text_left, qr_y, text_right, qr_y + 50), labels["privacy"] + ": " + privacy_url,
                  colour=ink, align=align, lang=lang, max_lines=2, min_size=12, max_size=20, required=False)
    # The version and language code keep their own (left-to-right) order inside an Arabic line.
    version = (labels["version"].replace("{version}", "\u2066" + kit.text("consent_version", lang) + "\u2069")
               .replace("{language}", "\u2066" + lang + "\u2069"))
    draw_text_box(page, kit, (text_left, qr_y + 60, text_right, qr_y + 100), version, colour=ink, align=align,
                  lang=lang, max_lines=1, min_size=12, max_size=18, required=False)
    return page
