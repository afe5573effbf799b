"""The kiosk's screens (PySide6): a locked-down full-screen window driven by the core state machine.

``launch.run_kiosk(folder)`` is what ``icc-studio --kiosk PROJECT`` starts. See ``docs/kiosk.md``.
"""
