#!/usr/bin/python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""The dashboard in headless Chromium (Debian's python3-selenium + chromium-driver): it loads,
draws the dyad chart, redraws it when the dyad changes, lists a period's events with their
sentences when a point is clicked, shows an API 400's reason, and is saved as a screenshot.

Usage: /usr/bin/python3 browser_checks.py ENTENTE_BINARY SCREENSHOT.png
Exit 77 (skipped) when selenium, chromium or chromedriver is missing.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "data", "samples", "demo_corpus.jsonl")


def skip(msg):
    print("SKIP: " + msg)
    sys.exit(77)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("python3-selenium is not installed (apt-get install python3-selenium chromium-driver; "
         "run with /usr/bin/python3)")

DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not os.path.exists(DRIVER):
    skip("chromedriver is not installed (apt-get install chromium-driver)")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    skip("chromium is not installed (apt-get install chromium)")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, shot = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="entente-browser-")
    db = "sqlite:" + os.path.join(tmp, "demo.db")
    r = subprocess.run([binary, "ingest", "-q", "--db", db, CORPUS], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        fail("ingest: " + r.stderr)
    server = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "-q"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if "http://" not in line:
        fail("serve: %r %s" % (line, server.stderr.read()))
    base = line.split()[2]  # "entente serve: http://127.0.0.1:PORT/ ..."
    driver = None
    try:
        top = json.load(urllib.request.urlopen(base + "api/dyads?limit=10"))["items"]
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1280,1000", "--force-device-scale-factor=1"):
            opts.add_argument(a)
        try:
            driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
        except Exception as e:  # noqa: BLE001 - no usable browser here
            skip("chromium could not start: %s" % str(e).splitlines()[0])
        wait = WebDriverWait(driver, 30)
        driver.get(base)

        chart = lambda: driver.find_element(By.ID, "dyad-chart")  # noqa: E731
        wait.until(lambda d: int(chart().get_attribute("data-points") or 0) > 0)
        first = chart().get_attribute("data-dyad")
        first_path = chart().find_element(By.CSS_SELECTOR, "g.series path").get_attribute("d")
        if first != top[0]["dyad"]:
            fail("the dashboard opened on %s, not the top dyad %s" % (first, top[0]["dyad"]))
        # Its chart has labelled axes and a legend.
        texts = [t.text for t in chart().find_elements(By.TAG_NAME, "text")]
        if not any("Goldstein" in t for t in texts) or not any("net cooperation" in t for t in texts):
            fail("axis title or legend missing: %s" % texts[:20])

        # Change the dyad: the chart redraws with other data.
        other = next(d["dyad"] for d in top[1:] if d["count"] >= 10)
        for field, value in (("dyad", other), ("third", "")):
            box = driver.find_element(By.ID, field)
            box.clear()
            if value:
                box.send_keys(value)
        driver.find_element(By.ID, "show").click()
        wait.until(lambda d: chart().get_attribute("data-dyad") == other)
        wait.until(lambda d: d.find_element(By.ID, "status").get_attribute("data-state") != "loading")
        path = chart().find_element(By.CSS_SELECTOR, "g.series path").get_attribute("d")
        if path == first_path:
            fail("the chart did not change with the dyad")
        if not driver.find_element(By.ID, "triangle-section").get_attribute("hidden"):
            fail("the triangle is shown without a third actor")

        # Click a period with events: its events appear, with sentences.
        series = json.load(urllib.request.urlopen(
            base + "api/dyad?dyad=%s&by=quarter" % other))
        i = max(range(len(series["points"])), key=lambda k: series["points"][k]["count"])
        want = min(50, series["points"][i]["count"])
        hit = chart().find_element(By.CSS_SELECTOR, 'rect.hit[data-index="%d"]' % i)
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", hit)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-body tr.event-row")) == want)
        rows = driver.find_elements(By.CSS_SELECTOR, "#events-body tr.event-row")
        if not all(r.find_element(By.CSS_SELECTOR, "td.sentence").text for r in rows):
            fail("event rows without sentences")

        # A bad dyad: the API's 400 reason is shown.
        box = driver.find_element(By.ID, "dyad")
        box.clear()
        box.send_keys("nodash")
        driver.find_element(By.ID, "show").click()
        wait.until(lambda d: d.find_element(By.ID, "relation-error").is_displayed())
        msg = driver.find_element(By.ID, "relation-error").text
        if "400" not in msg or "A-B" not in msg:
            fail("error state: %r" % msg)

        # The showcase for the screenshot: CHN-RUS with USA, a period clicked.
        for field, value in (("dyad", "CHN-RUS"), ("third", "USA")):
            box = driver.find_element(By.ID, field)
            box.clear()
            box.send_keys(value)
        driver.find_element(By.ID, "show").click()
        wait.until(lambda d: chart().get_attribute("data-dyad") == "CHN-RUS")
        wait.until(lambda d: d.find_element(By.ID, "triangle-chart").get_attribute("data-periods"))
        wait.until(lambda d: d.find_element(By.ID, "drivers-body").get_attribute("data-findings")
                   or d.find_element(By.ID, "drivers-error").is_displayed())
        series = json.load(urllib.request.urlopen(base + "api/dyad?dyad=CHN-RUS&by=quarter"))
        i = max(range(len(series["points"])), key=lambda k: series["points"][k]["count"])
        hit = chart().find_element(By.CSS_SELECTOR, 'rect.hit[data-index="%d"]' % i)
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", hit)
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-body tr.event-row")) > 0)
        time.sleep(0.3)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(6000, height + 40))
        time.sleep(0.5)
        os.makedirs(os.path.dirname(os.path.abspath(shot)), exist_ok=True)
        if not driver.save_screenshot(shot) or os.path.getsize(shot) < 20000:
            fail("screenshot not saved")
        logs = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"
                and "400" not in e.get("message", "")]
        if logs:
            fail("browser console errors: %s" % logs[:3])
        print("browser: ok (%s -> %s, %d events listed; screenshot %s)" % (first, other, want, shot))
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
