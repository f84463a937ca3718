// The steps benchmarks/side_by_side.py times in both programs, on one timeline file of
// the app's format (read here into vis-timeline items: an event's EDTF interval
// "YYYY-MM-DD/YYYY-MM-DD" becomes start and end, its category its group). Each step is
// one call from drive.mjs, which gives up on a step after 60 s even when the page's
// thread is stuck in it.
"use strict";

let timeline = null;
let groups = null;

function painted() {  // after the browser has painted what the last change drew
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function redrawn(change) {  // a change, until vis-timeline says it redrew and it is painted
  return new Promise((resolve) => {
    const done = () => {
      timeline.off("changed", done);
      painted().then(resolve);
    };
    timeline.on("changed", done);
    change();
  });
}

async function timed(change) {
  const start = performance.now();
  await redrawn(change);
  return performance.now() - start;
}

function items(document) {
  return document.events.map((event) => {
    const [start, end] = event.date.split("/");
    const item = { id: event.id, content: event.title, start, group: event.category };
    if (end) {
      item.end = end;
    }
    return item;
  });
}

async function firstRender(text) {
  const start = performance.now();
  const document = JSON.parse(text);
  groups = new vis.DataSet(document.categories.map((c) => ({ id: c.id, content: c.label })));
  const data = new vis.DataSet(items(document));
  await new Promise((resolve) => {
    timeline = new vis.Timeline(window.document.getElementById("timeline"), data, groups,
      { stack: true, zoomMin: 60000 });
    const done = () => {
      timeline.off("changed", done);
      painted().then(resolve);
    };
    timeline.on("changed", done);
  });
  return performance.now() - start;
}

window.firstRender = firstRender;

window.zoomStep = () => timed(() => timeline.zoomIn(0.5, { animation: false }));

window.panStep = () => {
  const range = timeline.getWindow();
  const shift = (range.end - range.start) / 8;
  return timed(() => timeline.setWindow(range.start.valueOf() + shift,
    range.end.valueOf() + shift, { animation: false }));
};

window.fitAll = async () => {
  timeline.fit({ animation: false });
  await painted();
};

function half() {
  return groups.getIds().slice(0, Math.floor(groups.length / 2));
}

window.hideHalf = () => timed(() => groups.update(half().map((id) => ({ id, visible: false }))));

window.showAll = () => timed(() => groups.update(half().map((id) => ({ id, visible: true }))));
