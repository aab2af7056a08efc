"""A PluginWarning is shown as one clean line, without the file:line placeholder, by the
``socialwork`` command (and by any host that calls ``install_warning_format``); importing
socialwork leaves the warnings module alone."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from socialwork.plugins import PluginWarning
from socialwork.plugins.faults import emit, format_plugin_warning

MESSAGE = "plugin 'socialwork-acme' in register_rules: raised ValueError: x (at acme/p.py:3)"


def test_formatwarning_for_plugin_warnings_only() -> None:
    formatwarning = format_plugin_warning(warnings.formatwarning)
    text = formatwarning(PluginWarning(MESSAGE), PluginWarning, "socialwork plugins", 0)
    assert text == f"socialwork: {MESSAGE}\n"
    other = formatwarning(UserWarning("u"), UserWarning, "x.py", 3)
    assert other.startswith("x.py:3: UserWarning: u")


def test_still_a_catchable_warning() -> None:
    with pytest.warns(PluginWarning, match="socialwork-acme"):
        emit(MESSAGE)
    with warnings.catch_warnings():
        warnings.simplefilter("error", PluginWarning)
        with pytest.raises(PluginWarning):
            emit(MESSAGE + " again")


def test_stderr_shows_one_clean_line() -> None:
    code = (
        "import warnings\n"
        "from socialwork.plugins.faults import emit, install_warning_format\n"
        "install_warning_format()\n"
        f"emit({MESSAGE!r})\n"
        "warnings.warn('unrelated')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    lines = done.stderr.splitlines()
    assert lines[0] == f"socialwork: {MESSAGE}"
    assert "plugins:0" not in done.stderr
    assert "UserWarning: unrelated" in lines[1]  # other warnings keep Python's format


def test_importing_socialwork_keeps_the_warning_format() -> None:
    code = (
        "import warnings\n"
        "before = warnings.formatwarning\n"
        "import socialwork.plugins, socialwork.cli\n"
        "assert warnings.formatwarning is before\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

