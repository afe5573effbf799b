# ICC Studio — the two commands that matter: `make run` and `make test`.
# Both set up everything first: Debian packages (installed when running as root, listed
# otherwise), a virtual environment from pyproject.toml, and the compiled translations.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO   ?= build/demo-project

# Debian packages the app and its tests need at run time: Qt's xcb platform plugin and
# QtMultimedia (libpulse0), FriBiDi for right-to-left text, Xvfb for real-window screenshots.
DEB_PACKAGES := xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 \
	libxkbcommon-x11-0 libxkbcommon0 libpulse0 libfribidi0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	chromium

.PHONY: setup system-deps venv translations run demo test bench screenshots package clean help

help:
	@echo "make run    set up and start ICC Studio on the demo project"
	@echo "make test   set up and run the whole test suite (no display needed)"
	@echo "make bench  run the benchmarks"
	@echo "make screenshots  render screenshots of the main window under Xvfb into docs/"
	@echo "make package  build the frozen app (PyInstaller) and smoke-test it"

setup: system-deps venv translations

system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "Missing system packages (install them as root):$$missing"; \
		fi; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) || { \
		if [ "$$(id -u)" = "0" ]; then apt-get install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); else exit 1; fi; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

translations: venv
	@$(PY) scripts/build_translations.py

$(DEMO)/project.iccdb: | venv
	$(VENV)/bin/icc-studio-cli demo $(DEMO)

demo: setup $(DEMO)/project.iccdb

run: demo
	$(VENV)/bin/icc-studio $(DEMO)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: setup
	$(PY) -m bench

screenshots: setup $(DEMO)/project.iccdb
	$(PY) scripts/screenshots.py $(DEMO) docs/screenshots

# The frozen one-folder build (PyInstaller), its size, and a smoke test of it with no display.
package: setup
	$(PY) -m pip install -q "pyinstaller>=6.10,<7"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/package/dist \
		--workpath build/package/work packaging/icc-studio.spec
	@du -sh build/package/dist/icc-studio | sed 's/^/size of the build: /'
	$(PY) packaging/smoke_test.py build/package/dist/icc-studio

clean:
	rm -rf build .pytest_cache
