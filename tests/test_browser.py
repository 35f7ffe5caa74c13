"""Open the HTML reports in headless Chromium: no script error, no request off the machine,
every figure loads, and an injected payload does not run."""

from __future__ import annotations

import shutil

import pytest

from .conftest import ROOT

# chrome:// and chrome-untrusted:// are the browser's own new-tab page, loaded before ours.
LOCAL_SCHEMES = ("file:", "data:", "about:", "chrome:", "chrome-untrusted:")
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="Chromium not installed (Debian: apt-get install chromium chromium-driver); browser test skipped",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    yield driver
    driver.quit()


def _visit(browser, path):
    """Load ``path``; return (console errors, requested URLs, images as (complete, width), payload flag)."""
    import json

    browser.get_log("performance")  # drop what earlier pages logged
    browser.get_log("browser")
    browser.get(path.resolve().as_uri())
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    images = browser.execute_script("return [...document.images].map(i => [i.complete, i.naturalWidth])")
    pwned = browser.execute_script("return window.__pwned === undefined ? null : String(window.__pwned)")
    return errors, urls, images, pwned


def _check_page(browser, path, min_images):
    errors, urls, images, pwned = _visit(browser, path)
    assert errors == [], path
    assert [u for u in urls if not u.startswith(LOCAL_SCHEMES)] == [], path
    assert len(images) >= min_images, path
    assert all(complete and width > 0 for complete, width in images), (path, images)
    assert pwned is None, (path, pwned)


def test_committed_reports_open_offline(browser):
    _check_page(browser, ROOT / "reports" / "index.html", 0)
    for page in sorted((ROOT / "reports").glob("[0-9][0-9]-*.html")):
        _check_page(browser, page, 1)


def test_payload_does_not_run(browser, payload_reports):
    first, _ = payload_reports
    _check_page(browser, first[0].ipynb.parent / "index.html", 0)
    for rendered in first:
        _check_page(browser, rendered.html, 1)
