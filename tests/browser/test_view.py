# SPDX-License-Identifier: MIT
"""The page of `camtg html`, opened in headless Chromium from a file URL with
the network switched off.

Each check reads what the page should show from the library itself: the
dataset island the page carries (built by the C API) and `camtg commitments
--json`, whose filters are the library's own. Exit status 77 (a skip for
ctest) only when Chromium or its driver cannot start; every other problem
is a failure.

Environment: CAMTG_CLI (the program), CAMTG_ARTIFACTS (where pages and
screenshots go), CAMTG_SECOND_DATASET (a dataset with non-ASCII and astral
text), CAMTG_HOSTILE_BASE (a small dataset the hostile one is built from),
CHROMIUM / CHROMEDRIVER (optional paths).
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ["CAMTG_CLI"]
ARTIFACTS = os.environ.get("CAMTG_ARTIFACTS") or tempfile.mkdtemp(prefix="camtg-browser-")
SECOND = os.environ["CAMTG_SECOND_DATASET"]
HOSTILE_BASE = os.environ["CAMTG_HOSTILE_BASE"]

SKIP = 77

# Markup, a script end tag, an HTML comment opener, a bidi override, an
# isolate and a line separator: what a hostile dataset puts in every field.
HOSTILE = ('</script><script>window.__pwned=1</script>'
           '<img src=x onerror="window.__pwned=2"><!--<b>bold</b>'
           '\u202Eevil\u2066x\u2028y')


def run_cli(*args):
    proc = subprocess.run([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise AssertionError("camtg %s failed (%d): %s" % (
            " ".join(args), proc.returncode, proc.stderr.decode("utf-8", "replace")))
    return proc.stdout


def island(path):
    """The dataset the page carries, read back from its JSON island."""
    with open(path, encoding="utf-8") as f:
        page = f.read()
    m = re.search(r'<script type="application/json" id="camtg-data">(.*?)</script>', page, re.S)
    assert m, "no JSON island in %s" % path
    return json.loads(m.group(1))


def hostile_dataset():
    """The base dataset with HOSTILE in every text field: the source text
    starts with it (so every offset moves), one more commitment quotes it,
    and the source URL is a javascript: URL."""
    with open(HOSTILE_BASE, encoding="utf-8") as f:
        d = json.load(f)
    shift = len(HOSTILE)
    for s in d["sources"]:
        for key in ("title", "publisher", "dateline"):
            s[key] = HOSTILE + s[key]
        s["url"] = "javascript:window.__pwned=3"
        s["text"] = HOSTILE + " " + s["text"]
    for e in d["entities"]:
        e["name"] = HOSTILE + e["name"]
        e["aliases"] = [HOSTILE + a for a in e.get("aliases", [])] + [HOSTILE + e["id"]]
        e["description"] = HOSTILE
        if "positions" in e:
            e["positions"] = [HOSTILE + p for p in e["positions"]]
    for m in d["meetings"]:
        m["title"] = HOSTILE + m["title"]
        m["format"] = HOSTILE + m["format"]
    first = d["commitments"][0]
    for c in d["commitments"]:
        c["verb"] = HOSTILE + c["verb"]
        c["summary"] = HOSTILE + c["summary"]
        c["evidence"]["start"] += shift + 1
        c["evidence"]["end"] += shift + 1
    extra = copy.deepcopy(first)
    extra["id"] = "hostile-quote"
    text = d["sources"][0]["text"]
    extra["evidence"] = {"source": d["sources"][0]["id"], "start": 0, "end": shift + 8,
                         "quote": text[:shift + 8]}
    d["commitments"].append(extra)
    return d


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="camtg-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000",
                 "--user-data-dir=" + profile):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    return driver, profile


class Page:
    """One page loaded in the shared browser with the network off."""

    def __init__(self, driver, path):
        self.driver = driver
        self.path = os.path.abspath(path)
        self.url = "file://" + self.path
        driver.get_log("performance")   # drop what earlier pages logged
        driver.get_log("browser")
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.get(self.url)
        ready = driver.execute_script("return document.body.dataset.ready")
        assert ready == "1", "the page's script did not finish; console: %r" % driver.get_log("browser")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)


SEGMENTS_OF = """
const id = arguments[0];
const all = Array.from(document.querySelectorAll('#article .seg'));
const idx = [];
all.forEach((s, i) => { if (s.dataset.c && s.dataset.c.split(' ').includes(id)) idx.push(i); });
return {text: idx.map(i => all[i].textContent).join(''),
        contiguous: idx.every((v, k) => k === 0 || v === idx[k - 1] + 1),
        count: idx.length,
        source: idx.length ? all[idx[0]].closest('section').dataset.source : null};
"""


def setUpModule():
    global DRIVER, PROFILE, PAGES, DATA
    os.makedirs(ARTIFACTS, exist_ok=True)
    try:
        DRIVER, PROFILE = start_browser()
    except Exception as exc:   # Chromium or chromedriver missing or unable to start
        print("SKIP: headless Chromium cannot start here, so the browser test "
              "cannot run: %s" % str(exc).strip().splitlines()[0], file=sys.stderr)
        sys.exit(SKIP)
    PAGES = {}
    DATA = {}
    embedded = os.path.join(ARTIFACTS, "view.html")
    run_cli("html", "-o", embedded)
    PAGES["embedded"] = embedded
    DATA["embedded"] = []
    second = os.path.join(ARTIFACTS, "view-multilingual.html")
    run_cli("--data", SECOND, "html", "--output", second)
    PAGES["second"] = second
    DATA["second"] = ["--data", SECOND]
    hostile_json = os.path.join(ARTIFACTS, "hostile.json")
    with open(hostile_json, "w", encoding="utf-8") as f:
        json.dump(hostile_dataset(), f, ensure_ascii=False)
    run_cli("validate", hostile_json)
    hostile = os.path.join(ARTIFACTS, "view-hostile.html")
    run_cli("--data", hostile_json, "html", "-o", hostile)
    PAGES["hostile"] = hostile
    DATA["hostile"] = ["--data", hostile_json]


def tearDownModule():
    DRIVER.quit()
    shutil.rmtree(PROFILE, ignore_errors=True)


def library_ids(data_args, *filters):
    out = run_cli(*data_args, "commitments", *filters, "--json")
    return [c["id"] for c in json.loads(out)]


def followups_of(dataset, cid):
    found = [f for f in dataset.get("followups", []) if f.get("commitment") == cid]
    for c in dataset["commitments"]:
        if c["id"] == cid:
            found += c.get("followups", [])
    return found


def status_on(dataset, c, date):
    """The library's rule, for checking the page's computation."""
    if c["kind"] != "pledge":
        return "stated"
    status = "pledged"
    for f in sorted(followups_of(dataset, c["id"]), key=lambda f: f["date"]):
        if f.get("status") and f["date"] <= date:
            status = f["status"]
    return status


class HighlightTests(unittest.TestCase):
    def check_page(self, name):
        page = Page(DRIVER, PAGES[name])
        view = island(PAGES[name])
        dataset = view["dataset"]
        expected = library_ids(DATA[name])
        self.assertEqual([c["id"] for c in dataset["commitments"]], expected)
        for c in dataset["commitments"]:
            with self.subTest(page=name, commitment=c["id"]):
                got = page.js(SEGMENTS_OF, c["id"])
                self.assertGreater(got["count"], 0, "no highlight")
                self.assertTrue(got["contiguous"], "highlight has a gap")
                self.assertEqual(got["text"], c["evidence"]["quote"])
                self.assertEqual(got["source"], c["evidence"]["source"])
        # The article is the source text, character for character.
        for s in dataset["sources"]:
            text = page.js("""return Array.from(document.querySelectorAll(
                '#article section[data-source="' + arguments[0] + '"] .seg'))
                .map(s => s.textContent).join('');""", s["id"])
            self.assertEqual(text, s["text"], s["id"])
        return page, dataset

    def test_embedded_highlights_cover_their_quotes(self):
        page, dataset = self.check_page("embedded")
        self.assertGreaterEqual(len(dataset["commitments"]), 20)
        path = os.path.join(ARTIFACTS, "view.png")
        DRIVER.save_screenshot(path)
        self.assertGreater(os.path.getsize(path), 10000)

    def test_second_dataset_highlights_cover_their_quotes(self):
        page, dataset = self.check_page("second")
        self.assertTrue(any(ord(ch) > 0xFFFF for s in dataset["sources"] for ch in s["text"]),
                        "the second dataset should carry astral characters")
        DRIVER.save_screenshot(os.path.join(ARTIFACTS, "view-multilingual.png"))

    def test_overlapping_highlights_are_split(self):
        page, dataset = self.check_page("hostile")
        # hostile-quote overlaps the start of nothing else, but a segment
        # covered by two commitments must list both.
        nested = page.js("""return Array.from(document.querySelectorAll('#article .seg.nested'))
                            .map(s => s.dataset.c);""")
        overlaps = []
        cs = dataset["commitments"]
        for a in cs:
            for b in cs:
                ea, eb = a["evidence"], b["evidence"]
                if a["id"] < b["id"] and ea["source"] == eb["source"] and \
                        ea["start"] < eb["end"] and eb["start"] < ea["end"]:
                    overlaps.append((a["id"], b["id"]))
        for a, b in overlaps:
            self.assertTrue(any(a in n.split() and b in n.split() for n in nested), (a, b))


class FilterTests(unittest.TestCase):
    def matched(self, page):
        return page.js("""return Array.from(document.querySelectorAll('#commitments li'))
            .filter(li => li.dataset.match === '1' && !li.hidden).map(li => li.dataset.id);""")

    def dim_state(self, page):
        """For each commitment: whether every one of its highlight segments
        is lit (not dimmed) -- true only when the commitment or a commitment
        overlapping it matches."""
        return page.js("""const out = {};
            document.querySelectorAll('#article .seg.hl').forEach(s => {
              s.dataset.c.split(' ').forEach(id => {
                out[id] = out[id] || [];
                out[id].push(!s.classList.contains('dim'));
              });
            });
            return out;""")

    def choose(self, page, select_id, value):
        page.js("""const s = document.getElementById(arguments[0]);
                   s.value = arguments[1];
                   s.dispatchEvent(new Event('change'));""", select_id, value)

    def check_filter(self, name, select_id, option_flag, values):
        page = Page(DRIVER, PAGES[name])
        all_ids = library_ids(DATA[name])
        self.assertEqual(sorted(self.matched(page)), sorted(all_ids))
        for value in values:
            with self.subTest(page=name, filter=value):
                self.choose(page, select_id, value)
                want = library_ids(DATA[name], option_flag, value)
                self.assertEqual(sorted(self.matched(page)), sorted(want))
                for cid, lit in self.dim_state(page).items():
                    if cid in want:
                        self.assertTrue(all(lit), "%s should be lit" % cid)
                    elif not any(o in want for o in self.overlapping(name, cid)):
                        self.assertFalse(any(lit), "%s should be dimmed" % cid)
                count = page.js("return document.getElementById('count').textContent")
                self.assertTrue(count.startswith("%d of %d" % (len(want), len(all_ids))), count)
        self.choose(page, select_id, "")
        self.assertEqual(sorted(self.matched(page)), sorted(all_ids))

    def overlapping(self, name, cid):
        cs = island(PAGES[name])["dataset"]["commitments"]
        me = next(c for c in cs if c["id"] == cid)["evidence"]
        return [c["id"] for c in cs if c["id"] != cid and c["evidence"]["source"] == me["source"]
                and c["evidence"]["start"] < me["end"] and me["start"] < c["evidence"]["end"]]

    def countries(self, name):
        return [e["id"] for e in island(PAGES[name])["dataset"]["entities"] if e["type"] == "country"]

    def sectors(self, name):
        return sorted({s for c in island(PAGES[name])["dataset"]["commitments"] for s in c["sectors"]})

    def test_country_filter_embedded(self):
        self.check_filter("embedded", "country", "--involving", self.countries("embedded"))

    def test_country_filter_second(self):
        self.check_filter("second", "country", "--involving", self.countries("second"))

    def test_sector_filter_embedded(self):
        self.check_filter("embedded", "sector", "--sector", self.sectors("embedded"))

    def test_a_country_filter_hides_something(self):
        # Guards the test itself: some country must leave some commitment out.
        name = "embedded"
        all_ids = library_ids(DATA[name])
        self.assertTrue(any(len(library_ids(DATA[name], "--involving", k)) < len(all_ids)
                            for k in self.countries(name)))


class CardTests(unittest.TestCase):
    def hover(self, page, cid):
        seg = page.js("""return Array.from(document.querySelectorAll('#article .seg'))
            .find(s => s.dataset.c && s.dataset.c.split(' ')[0] === arguments[0])
            || Array.from(document.querySelectorAll('#article .seg'))
            .find(s => s.dataset.c && s.dataset.c.split(' ').includes(arguments[0]));""", cid)
        # Start from outside the article, so that no card from an earlier
        # hover stands over the segment.
        from selenium.webdriver.common.actions.action_builder import ActionBuilder
        page.js("if (document.activeElement) document.activeElement.blur();")
        away = ActionBuilder(DRIVER)
        away.pointer_action.move_to_location(0, 0)
        away.perform()
        self.assertFalse(DRIVER.find_element("id", "card").is_displayed())
        DRIVER.execute_script("arguments[0].scrollIntoView({block: 'center'})", seg)
        # A segment may wrap over lines: point at its first line box, in
        # viewport coordinates.
        x, y = DRIVER.execute_script("""const r = arguments[0].getClientRects()[0];
            return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];""", seg)
        move = ActionBuilder(DRIVER)
        move.pointer_action.move_to_location(x, y)
        move.perform()
        card = DRIVER.find_element("id", "card")
        self.assertTrue(card.is_displayed(), "no card for %s" % cid)
        return card

    def check_cards(self, name):
        page = Page(DRIVER, PAGES[name])
        dataset = island(PAGES[name])["dataset"]
        names = {e["id"]: e["name"] for e in dataset["entities"]}
        date = page.js("return document.getElementById('on').value")
        for c in dataset["commitments"]:
            with self.subTest(page=name, commitment=c["id"]):
                card = self.hover(page, c["id"])
                entry = page.js("""return Array.from(document.querySelectorAll('#card .entry'))
                    .find(e => e.dataset.id === arguments[0]);""", c["id"])
                self.assertIsNotNone(entry)
                text = entry.get_attribute("textContent")
                for value in (c["kind"], c["verb"], c["type"], c["summary"]) + tuple(c["sectors"]):
                    self.assertIn(value, text)
                if c.get("cameo"):
                    self.assertIn(c["cameo"], text)
                for ent in c["actors"] + c["targets"] + c["objects"]:
                    self.assertIn(names[ent], text)
                self.assertIn(status_on(dataset, c, date), text)
                fus = followups_of(dataset, c["id"])
                shown = page.js("""return Array.from(arguments[0].querySelectorAll('.followups > li'))
                    .map(li => ({text: li.textContent,
                                 links: Array.from(li.querySelectorAll('a')).map(a => a.href)}));""",
                                entry)
                self.assertEqual(len(shown), len(fus))
                for f, got in zip(sorted(fus, key=lambda f: f["date"]), shown):
                    self.assertIn(f["date"], got["text"])
                    if f.get("status"):
                        self.assertIn(f["status"], got["text"])
                    for ci in f.get("citations", []):
                        if ci["url"].startswith(("http://", "https://")):
                            self.assertIn(ci["url"].rstrip("/"), [u.rstrip("/") for u in got["links"]])

    def test_cards_embedded(self):
        self.check_cards("embedded")

    def test_cards_second(self):
        self.check_cards("second")

    def test_status_follows_the_date(self):
        page = Page(DRIVER, PAGES["embedded"])
        dataset = island(PAGES["embedded"])["dataset"]
        dates = sorted({f["date"] for c in dataset["commitments"] for f in followups_of(dataset, c["id"])})
        probes = ["1900-01-01", "2999-12-31"] + dates
        for date in probes:
            page.js("""const d = document.getElementById('on'); d.value = arguments[0];
                       d.dispatchEvent(new Event('change'));""", date)
            got = page.js("""const o = {}; document.querySelectorAll('#commitments li').forEach(li =>
                o[li.dataset.id] = li.querySelector('.status').textContent); return o;""")
            for c in dataset["commitments"]:
                self.assertEqual(got[c["id"]], status_on(dataset, c, date), (c["id"], date))

    def test_keyboard_reaches_every_highlight(self):
        from selenium.webdriver.common.keys import Keys
        page = Page(DRIVER, PAGES["embedded"])
        anchors = page.js("return Array.from(document.querySelectorAll('[data-anchor]')).map(a => a.dataset.anchor)")
        self.assertEqual(len(anchors), len(island(PAGES["embedded"])["dataset"]["commitments"]))
        body = DRIVER.find_element("tag name", "body")
        body.send_keys("j")
        self.assertEqual(page.js("return document.activeElement.dataset.anchor"), anchors[0])
        self.assertTrue(DRIVER.find_element("id", "card").is_displayed())
        DRIVER.switch_to.active_element.send_keys("j")
        self.assertEqual(page.js("return document.activeElement.dataset.anchor"), anchors[1])
        DRIVER.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.assertFalse(DRIVER.find_element("id", "card").is_displayed())
        # Tab order, from the top of a fresh page, reaches the highlights too.
        page = Page(DRIVER, PAGES["embedded"])
        seen = set()
        for _ in range(len(anchors) + 10):
            DRIVER.switch_to.active_element.send_keys(Keys.TAB)
            a = page.js("return document.activeElement.dataset.anchor || null")
            if a:
                seen.add(a)
        self.assertEqual(seen, set(anchors))


class IsolationTests(unittest.TestCase):
    def check_quiet(self, name):
        page = Page(DRIVER, PAGES[name])
        # Exercise the page: filters, date, every card.
        page.js("""document.querySelectorAll('#article [data-anchor]').forEach(a => a.focus());
                   const c = document.getElementById('country');
                   c.selectedIndex = c.options.length - 1; c.dispatchEvent(new Event('change'));""")
        errors = [e for e in DRIVER.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        self.assertEqual(errors, [])
        resources = page.js("return performance.getEntriesByType('resource').map(e => e.name)")
        requests = []
        for entry in DRIVER.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                requests.append(msg["params"]["request"]["url"])
        # data: URLs are the browser's own (the date picker's icon): they
        # never leave the page. Anything else would.
        self.assertEqual([u for u in requests + resources
                          if u != page.url and not u.startswith("data:")], [],
                         "requests left the page")
        return page

    def test_embedded_makes_no_request_and_no_error(self):
        self.check_quiet("embedded")

    def test_second_makes_no_request_and_no_error(self):
        self.check_quiet("second")

    def test_hostile_data_renders_as_text(self):
        page = self.check_quiet("hostile")
        self.assertIsNone(page.js("return window.__pwned === undefined ? null : window.__pwned"))
        self.assertEqual(page.js("return document.images.length"), 0)
        self.assertEqual(page.js("return document.scripts.length"), 2)
        self.assertEqual(page.js("return document.querySelectorAll('b').length"), 0)
        # The article shows the markup as characters, exactly.
        article = page.js("return document.getElementById('article').textContent")
        self.assertIn(HOSTILE, article)
        # ... and each bidi control sits alone in an isolated span.
        controls = page.js("""return Array.from(document.querySelectorAll('#article .ctl'))
            .map(c => [c.textContent, getComputedStyle(c).unicodeBidi]);""")
        self.assertTrue(controls)
        for text, bidi in controls:
            self.assertIn(text, ("\u202E", "\u2066"))
            self.assertEqual(bidi, "isolate")
        # Short fields show bidi controls as visible codes.
        panel = page.js("return document.querySelector('aside').textContent")
        self.assertIn("</script><script>window.__pwned=1</script>", panel)
        self.assertIn("U+202E", panel)
        self.assertNotIn("\u202E", panel)
        # A javascript: URL is not a link.
        hrefs = page.js("return Array.from(document.links).map(a => a.href)")
        self.assertFalse([h for h in hrefs if not h.startswith(("http:", "https:"))], hrefs)
        # Every card opens without running anything.
        dataset = island(PAGES["hostile"])["dataset"]
        for c in dataset["commitments"]:
            card = CardTests.hover(self, page, c["id"])
            self.assertIn(HOSTILE[:40], card.get_attribute("textContent"))
        self.assertIsNone(page.js("return window.__pwned === undefined ? null : window.__pwned"))
        DRIVER.save_screenshot(os.path.join(ARTIFACTS, "view-hostile.png"))

    def test_island_escapes_markup(self):
        with open(PAGES["hostile"], encoding="utf-8") as f:
            page = f.read()
        body = re.search(r'id="camtg-data">(.*?)</script>', page, re.S).group(1)
        for bad in ("<", ">", "&", "\u2028", "\u2029"):
            self.assertNotIn(bad, body)
        self.assertEqual(page.count("</script>"), 2)


if __name__ == "__main__":
    unittest.main()
