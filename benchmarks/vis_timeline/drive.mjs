// node drive.mjs TIMELINE.json STEPS CHROMIUM: take steps.js's steps in a fresh headless
// Chromium page and print the times as JSON (benchmarks/side_by_side.py reads it). A step
// that does not finish within 60 s ends the run; the figures so far are kept.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [file, steps, executablePath] = process.argv.slice(2);
const STEP_TIMEOUT_MS = 60000;

function step(page, what, action, argument) {
  let timer;
  const late = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within 60 s`)),
      STEP_TIMEOUT_MS);
  });
  return Promise.race([page.evaluate(action, argument), late]).finally(() => clearTimeout(timer));
}
const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({ executablePath, headless: true,
  args: ["--allow-file-access-from-files"] });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(pathToFileURL(join(here, "page.html")).href);
  const version = await page.evaluate(() => window.vis && vis.Timeline ? "loaded" : "missing");
  if (version !== "loaded") {
    throw new Error("vis-timeline did not load: run npm install in " + here);
  }
  const text = readFileSync(file, "utf8");
  const result = { browser: browser.version() };
  try {
    result.first_render_ms = await step(page, "the first render", (t) => window.firstRender(t),
      text);
    result.zoom_ms = [];
    for (let i = 0; i < Number(steps); i += 1) {
      result.zoom_ms.push(await step(page, "a zoom step", () => window.zoomStep()));
    }
    await step(page, "fitting the view", () => window.fitAll());
    result.pan_ms = [];
    for (let i = 0; i < Number(steps); i += 1) {
      result.pan_ms.push(await step(page, "a pan", () => window.panStep()));
    }
    await step(page, "fitting the view", () => window.fitAll());
    result.hide = await step(page, "hiding half the items", () => window.hideHalf());
    result.show = await step(page, "showing them again", () => window.showAll());
  } catch (error) {
    result.error = String(error.message || error);
  }
  process.stdout.write(JSON.stringify(result) + "\n");
} finally {
  await browser.close().catch(() => {});  // a page stuck in a step is killed with it
}
