"""Rendering: campaign outputs as pure functions of (media, kit, settings)."""
