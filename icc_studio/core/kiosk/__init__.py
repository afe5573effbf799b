"""The town-hall kiosk, headless: state machine, camera, live-preview overlay, PIN, saving a session.

Nothing here imports Qt: the GUI (``icc_studio.gui.kiosk``) only draws the machine's
state and forwards the resident's touches to it. Modules: ``machine`` (the state machine),
``camera`` (the ``Camera`` protocol, OpenCV and fake cameras), ``feed`` (reading frames,
losing and finding the camera), ``overlay`` (the live preview), ``session`` (saving a
finished session), ``pin`` (the staff PIN), ``keyboards`` (on-screen keyboard layouts),
``config`` (the kiosk's settings in the project). See ``docs/kiosk.md``.
"""
