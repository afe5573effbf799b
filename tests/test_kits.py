"""Campaign kits: the built-in kits, validation of broken kits, and the artwork renderer."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageColor

from icc_studio.core.errors import InvalidValue, KitError
from icc_studio.core.kits import (OUTPUT_IDS, TEXT_KEYS, Box, builtin_kit_ids, load_builtin_kit, load_kit,
                                  render_artwork, render_kit_preview, validate_kit)
from icc_studio.core.paths import kits_dir

BUILTIN = ["cultural-diversity-21may", "refugees-20june", "migrants-18december", "languages-26september"]
REQUIRED_LANGUAGES = {"en", "fr", "it", "de", "es", "ar"}


def test_builtin_kit_ids():
    assert sorted(BUILTIN) == builtin_kit_ids()


@pytest.mark.parametrize("kit_id", BUILTIN)
def test_builtin_kit_is_valid_and_complete(kit_id):
    assert validate_kit(kits_dir() / kit_id) == []
    kit = load_builtin_kit(kit_id)
    assert kit.id == kit_id
    assert REQUIRED_LANGUAGES <= set(kit.languages)
    assert "#InterculturalCities" in kit.hashtags
    for lang in kit.languages:
        assert kit.names[lang].strip()
        for key in TEXT_KEYS:
            assert kit.text(key, lang).strip(), (lang, key)
        assert "{message}" in kit.text("message_template", lang)
        assert kit.suggestions(lang)
        for purpose in ("social_media", "print_poster", "city_video", "network_reshare"):
            assert kit.text(f"purposes.{purpose}", lang).strip()
    assert set(kit.templates) == set(OUTPUT_IDS)
    for lang in kit.languages:  # the translations really differ from English
        if lang != "en":
            assert kit.text("consent_text", lang) != kit.text("consent_text", "en")


def test_core_messages():
    assert load_builtin_kit("migrants-18december").text("tagline", "en") == \
        "I am an immigrant. I am an engaged citizen and I contribute to my city."
    assert "#NotJustAMigrant" in load_builtin_kit("migrants-18december").hashtags
    assert load_builtin_kit("cultural-diversity-21may").text("tagline", "en").startswith("Diversity is delightful")
    assert "Culture of we" in load_builtin_kit("refugees-20june").text("tagline", "en")
    assert load_builtin_kit("migrants-18december").text("message_template", "ar") == "أنا {message}"


def test_unknown_builtin_kit():
    with pytest.raises(KitError) as info:
        load_builtin_kit("no-such-kit")
    assert "no-such-kit" in str(info.value)


def test_text_falls_back_to_default_language():
    kit = load_builtin_kit("refugees-20june")
    assert kit.text("title", "fr-CA") == kit.text("title", "fr")
    assert kit.text("title", "pt") == kit.text("title", kit.default_language)


def test_countdown_forms():
    kit = load_builtin_kit("migrants-18december")
    assert kit.countdown_text(5, "en") == "5 days to go"
    assert kit.countdown_text(1, "en") == "1 day to go"
    assert kit.countdown_text(0, "en") == "Today is the day!"
    assert kit.countdown_text(21, "fr") == "Plus que 21 jours !"
    assert kit.countdown_text(2, "de") == "Noch 2 Tage"
    assert "11" in kit.countdown_text(11, "ar")
    with pytest.raises(InvalidValue):
        kit.countdown_text(-1, "en")


def test_day_date():
    assert load_builtin_kit("migrants-18december").day_date(2026) == dt.date(2026, 12, 18)
    assert load_builtin_kit("refugees-20june").day_date(2025) == dt.date(2025, 6, 20)
    assert load_builtin_kit("languages-26september").day_date(2030) == dt.date(2030, 9, 26)
    assert load_builtin_kit("cultural-diversity-21may").day_date(2024) == dt.date(2024, 5, 21)


def test_font_path_and_box_pixels():
    kit = load_builtin_kit("cultural-diversity-21may")
    assert kit.font_path("display").is_file()
    with pytest.raises(KitError):
        kit.font_path("nope")
    assert Box(0.25, 0.5, 0.5, 0.25).to_pixels((1000, 400)) == (250, 200, 750, 300)


@pytest.mark.parametrize("kit_id", BUILTIN)
def test_layout_boxes_are_consistent(kit_id):
    kit = load_builtin_kit(kit_id)
    for output_id, template in kit.templates.items():
        for name, box in template.boxes.items():
            assert 0 <= box.x and 0 <= box.y and box.right <= 1 and box.bottom <= 1, (output_id, name)
        content = [(n, b) for n, b in template.boxes.items() if n != "photo"]
        for i, (name, box) in enumerate(content):
            for other, obox in content[i + 1:]:
                assert not box.overlaps(obox), (output_id, name, other)
        for zone in template.safe_zones:
            for name, box in content:
                if zone.kind == "keep_inside":
                    assert zone.contains(box), (output_id, zone.name, name)
                else:
                    assert not zone.box.overlaps(box), (output_id, zone.name, name)
    fb = kit.template("facebook_cover")
    assert fb.size == (1640, 624)
    assert {z.name for z in fb.safe_zones} >= {"desktop", "mobile"}
    postcard = kit.template("postcard_front")
    assert postcard.size_mm == (105, 148) and postcard.bleed_mm == 3 and postcard.size == (1240, 1748)


# -- broken kits -------------------------------------------------------------------------------


def broken_kit(tmp_path: Path, change) -> Path:
    folder = tmp_path / "kit"
    shutil.copytree(kits_dir() / "migrants-18december", folder)
    manifest = json.loads((folder / "kit.json").read_text(encoding="utf-8"))
    change(manifest)
    (folder / "kit.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


def _set(path, value):
    def change(m):
        *parents, last = path
        for p in parents:
            m = m[p]
        m[last] = value
    return change


def _delete(path):
    def change(m):
        *parents, last = path
        for p in parents:
            m = m[p]
        del m[last]
    return change


def _add_language(m):
    m["languages"].append("pt")
    m["names"]["pt"] = "Dia Internacional dos Migrantes"


def _unknown_output(m):
    m["templates"]["billboard"] = m["templates"]["feed_square"]


def _image_artwork(m):
    m["artwork"]["feed_square"].append({"type": "image", "file": "logo.png", "box": "logo"})


@pytest.mark.parametrize("change, field", [
    (_set(["limits", "message_max_length"], "eighty"), "limits.message_max_length"),
    (_set(["day", "month"], 13), "day.month"),
    (_delete(["texts", "fr", "title"]), "texts.fr.title"),
    (_delete(["texts", "it", "purposes", "city_video"]), "texts.it.purposes.city_video"),
    (_add_language, "texts.pt"),
    (_unknown_output, "templates.billboard"),
    (_set(["templates", "feed_square", "boxes", "caption", "x"], 1.4), "templates.feed_square.boxes.caption.x"),
    (_set(["templates", "feed_square", "boxes", "caption", "w"], 0.95), "templates.feed_square.boxes.caption"),
    (_set(["templates", "feed_square", "boxes", "caption", "y"], 0.64), "templates.feed_square.boxes.caption"),
    (_set(["palette", "primary"], "navy"), "palette.primary"),
    (_set(["palette", "accent"], "#12345"), "palette.accent"),
    (_set(["limits", "clip_max_seconds"], 500), "limits.clip_max_seconds"),
    (_set(["fonts", "display"], "Comic-Sans.ttf"), "fonts.display"),
    (_set(["texts", "de", "message_template"], "Ich bin"), "texts.de.message_template"),
    (_set(["texts", "es", "countdown_other"], "Faltan días"), "texts.es.countdown_other"),
    (_set(["texts", "en", "title"], "Day of {city"), "texts.en.title"),
    (_set(["default_language"], "pt"), "default_language"),
    (_set(["hashtags"], ["#NotJustAMigrant"]), "hashtags"),
    (_delete(["languages", 5]), "languages"),
    (_set(["templates", "story", "boxes", "caption", "y"], 0.86), "templates.story.boxes.caption"),
    (_image_artwork, "artwork.feed_square[LAST].file"),
])
def test_broken_kit_problem_names_field_and_file(tmp_path, change, field):
    folder = broken_kit(tmp_path, change)
    manifest = json.loads((folder / "kit.json").read_text(encoding="utf-8"))
    field = field.replace("LAST", str(len(manifest["artwork"]["feed_square"]) - 1))
    problems = validate_kit(folder)
    assert problems, "the broken kit passed validation"
    assert all(p.file == folder / "kit.json" for p in problems)
    assert field in [p.field for p in problems], [str(p) for p in problems]
    assert str(folder / "kit.json") in str(problems[0])
    with pytest.raises(KitError) as info:
        load_kit(folder)
    assert info.value.params["file"] == str(folder / "kit.json")


def test_missing_translation_names_language_and_key(tmp_path):
    folder = broken_kit(tmp_path, _delete(["texts", "ar", "consent_text"]))
    [problem] = validate_kit(folder)
    assert problem.field == "texts.ar.consent_text"
    assert str(problem) == f"{folder / 'kit.json'}: texts.ar.consent_text: this required field is missing"


def test_invalid_json_reports_line_and_column(tmp_path):
    folder = tmp_path / "kit"
    shutil.copytree(kits_dir() / "refugees-20june", folder)
    text = (folder / "kit.json").read_text(encoding="utf-8")
    (folder / "kit.json").write_text(text.replace('"id":', '"id"', 1), encoding="utf-8")
    [problem] = validate_kit(folder / "kit.json")
    assert problem.file == folder / "kit.json"
    assert "line 4" in problem.message and "column" in problem.message


def test_missing_manifest(tmp_path):
    [problem] = validate_kit(tmp_path)
    assert problem.file == tmp_path / "kit.json"


def test_raster_must_not_be_enlarged(tmp_path):
    folder = broken_kit(tmp_path, _image_artwork)
    Image.new("RGBA", (40, 20), (255, 0, 0, 255)).save(folder / "logo.png")
    problems = validate_kit(folder)
    assert [p.field for p in problems] == ["templates.feed_square.artwork"]
    assert "too small" in problems[0].message
    Image.new("RGBA", (800, 400), (255, 0, 0, 255)).save(folder / "logo.png")
    assert validate_kit(folder) == []
    kit = load_kit(folder)
    art = render_artwork(kit, "feed_square", (1080, 1080))
    l, t, r, b = kit.template("feed_square").boxes["logo"].to_pixels((1080, 1080))
    assert art.getpixel(((l + r) // 2, (t + b) // 2)) == (255, 0, 0, 255)


def test_loading_does_not_mutate_or_share_state(tmp_path):
    kit = load_builtin_kit("refugees-20june")
    with pytest.raises(TypeError):
        kit.palette["primary"] = "#000000"  # type: ignore[index]
    assert load_builtin_kit("refugees-20june") == kit


# -- artwork ----------------------------------------------------------------------------------


def _alpha(image: Image.Image) -> np.ndarray:
    return np.asarray(image.getchannel("A"))


@pytest.mark.parametrize("kit_id", BUILTIN)
@pytest.mark.parametrize("size", [(1080, 1080), (2480, 3508)])
def test_artwork_has_photo_window_and_opaque_frame(kit_id, size):
    kit = load_builtin_kit(kit_id)
    art = render_artwork(kit, "feed_square", size)
    assert art.mode == "RGBA" and art.size == size
    alpha = _alpha(art)
    l, t, r, b = kit.template("feed_square").boxes["photo"].to_pixels(size)
    window = alpha[t + (b - t) // 4:b - (b - t) // 4, l + (r - l) // 3:r - (r - l) // 3]
    assert window.max() == 0, "the middle of the photo window must be transparent"
    assert alpha[size[1] // 2, 2] == 255 and alpha[2, size[0] // 2] == 255, "the frame edge must be opaque"


def test_artwork_is_deterministic():
    kit = load_builtin_kit("cultural-diversity-21may")
    first = render_artwork(kit, "story", (540, 960), lang="fr")
    second = render_artwork(kit, "story", (540, 960), lang="fr")
    assert first.tobytes() == second.tobytes()


def test_artwork_text_follows_language():
    kit = load_builtin_kit("refugees-20june")
    en = render_artwork(kit, "feed_square", (540, 540), lang="en")
    ar = render_artwork(kit, "feed_square", (540, 540), lang="ar")
    assert en.tobytes() != ar.tobytes()


def test_profile_ring_is_circle_safe():
    kit = load_builtin_kit("migrants-18december")
    alpha = _alpha(render_artwork(kit, "profile", (1080, 1080)))
    assert alpha[540, 540] == 0 and alpha[200, 540] == 0
    assert alpha[5, 540] == 255 and alpha[540, 5] == 255 and alpha[0, 0] == 255


def test_print_bleed_extends_edge_artwork():
    kit = load_builtin_kit("migrants-18december")
    template = kit.template("postcard_front")
    art = render_artwork(kit, "postcard_front", (620, 874), bleed=18)
    assert art.size == (656, 910)
    assert _alpha(art)[0, 0] == 255 and _alpha(art)[-1, -1] == 255
    assert template.bleed_px == 35


@pytest.mark.parametrize("kit_id", BUILTIN)
def test_every_output_renders_with_the_kit_colours(kit_id):
    kit = load_builtin_kit(kit_id)
    primary = np.array(ImageColor.getrgb(kit.palette["primary"]))
    for output_id, template in kit.templates.items():
        w, h = template.size
        scale = 400 / max(w, h)
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        art = render_artwork(kit, output_id, size, lang="ar")
        pixels = np.asarray(art).reshape(-1, 4)
        opaque = pixels[pixels[:, 3] == 255][:, :3].astype(int)
        assert len(opaque) > 0.05 * len(pixels), output_id
        assert opaque.std() > 10, output_id
        palette = np.array([ImageColor.getrgb(c) for c in kit.palette.values()])
        near_palette = np.abs(opaque[:, None, :] - palette[None, :, :]).sum(axis=2).min(axis=1) < 12
        assert near_palette.mean() > 0.8, output_id
        if "photo" in template.boxes:
            l, t, r, b = template.boxes["photo"].to_pixels(size)
            assert art.getpixel(((l + r) // 2, (t + b) // 2))[3] == 0, output_id
    art = np.asarray(render_artwork(kit, "feed_square", (300, 300)).convert("RGB")).reshape(-1, 3).astype(int)
    assert (np.abs(art - primary).sum(axis=1) < 12).any()


@pytest.mark.parametrize("kit_id", BUILTIN)
def test_preview_draws_the_texts(kit_id):
    kit = load_builtin_kit(kit_id)
    plain = render_kit_preview(kit, "x_header", (750, 250), "en")
    assert plain.mode == "RGB" and plain.size == (750, 250)
    arabic = render_kit_preview(kit, "x_header", (750, 250), "ar")
    assert plain.tobytes() != arabic.tobytes()
    title = kit.template("x_header").boxes["title"].to_pixels((750, 250))
    region = np.asarray(plain.crop(title)).astype(int)
    ink = np.array(ImageColor.getrgb(kit.color(kit.template("x_header").boxes["title"].color)))
    assert (np.abs(region - ink).sum(axis=2) < 30).mean() > 0.03, "the title is drawn in its colour"


def test_loaded_kits_are_kept_until_their_manifest_changes(tmp_path):
    import json
    import os
    import shutil

    from icc_studio.core.kits import load_kit
    from icc_studio.core.paths import kits_dir

    folder = tmp_path / "kit"
    shutil.copytree(kits_dir() / "migrants-18december", folder)
    first = load_kit(folder)
    assert load_kit(folder) is first  # no second validation
    manifest = folder / "kit.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["version"] = "2099-1"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    stat = manifest.stat()
    os.utime(manifest, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_kit(folder).version == "2099-1"


def test_a_worker_skips_validation_only_for_the_vouched_manifest(tmp_path):
    from icc_studio.core.kits import load_vouched_kit, manifest_sha256

    folder = tmp_path / "kit"
    shutil.copytree(kits_dir() / "migrants-18december", folder)
    kit = load_kit(folder)
    digest = manifest_sha256(kit)
    vouched = load_vouched_kit(folder, digest)
    assert vouched.id == kit.id and vouched.version == kit.version
    assert load_vouched_kit(folder, digest) is vouched
    # The manifest changed behind the caller's back: it is validated in full, and a broken one refused.
    manifest = folder / "kit.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["palette"]["primary"] = "navy"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KitError):
        load_vouched_kit(folder, digest)


def test_whole_pixel_rectangles_are_filled_as_the_supersampled_mask_would(monkeypatch):
    """Rectangles whose edges fall between pixels (backgrounds, bands) are filled directly instead of through
    a mask 16 times their size: the artwork must be the same to the last pixel, opaque or not."""
    from icc_studio.core.kits import artwork, builtin_kit_ids, load_builtin_kit, render_artwork

    used = []

    def supersampled(canvas, box, rgba):  # what _rect drew before: the rectangle through _paint's mask
        used.append(box)

        def draw(d, tr, k):
            d.rounded_rectangle((*tr(box[0], box[1]), *tr(box[2], box[3])), radius=0, fill=255)
        artwork._paint(canvas, box, draw, rgba)

    for kit_id in builtin_kit_ids():
        kit = load_builtin_kit(kit_id)
        for output in ("feed_square", "story", "x_header"):
            size = kit.template(output).size
            direct = render_artwork(kit, output, size, lang="en")
            with monkeypatch.context() as patch:
                patch.setattr(artwork, "_fill_whole_pixels", supersampled)
                reference = render_artwork(kit, output, size, lang="en")
            assert direct.tobytes() == reference.tobytes(), (kit_id, output)
    assert used  # the direct path was taken (every kit has a background across the whole canvas)
