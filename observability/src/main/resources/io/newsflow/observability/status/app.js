// The live status page: polls /api/status every two seconds and redraws. Plain browser JavaScript, no build step.
"use strict";

const POLL_MS = 2000;
const $ = (id) => document.getElementById(id);
const fmt = (n) => Number(n || 0).toLocaleString("en-US", { maximumFractionDigits: 0 });

function text(node, value) { node.textContent = value; }

function el(tag, cls, content) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (content !== undefined) e.textContent = content;
  return e;
}

function age(seconds) {
  if (!seconds) return "none waiting";
  if (seconds < 60) return `oldest ${seconds.toFixed(1)} s`;
  if (seconds < 3600) return `oldest ${(seconds / 60).toFixed(1)} min`;
  return `oldest ${(seconds / 3600).toFixed(1)} h`;
}

function renderCounts(s) {
  const c = s.counts;
  text($("backlog"), fmt(s.inbox.backlogFiles));
  text($("oldest"), age(s.inbox.oldestFileAgeSeconds));
  text($("filesPublished"), fmt(c.filesPublished));
  text($("filesSeen"), `seen ${fmt(c.filesSeen)}`);
  text($("paragraphsPublished"), fmt(c.paragraphsPublished));
  text($("articlesWritten"), fmt(c.articlesWritten));
  text($("paragraphsWritten"), `paragraphs ${fmt(c.paragraphsWritten)} · entities ${fmt(c.entities)}`);
  text($("duplicates"), fmt(c.duplicates));
  text($("duplicatesByReason"), Object.entries(s.duplicatesByReason).filter(([, n]) => n > 0)
    .map(([r, n]) => `${r.toLowerCase().replace(/_/g, " ")} ${fmt(n)}`).join(" · "));
  text($("filesQuarantined"), fmt(c.filesQuarantined));
  text($("alreadyIngested"), `already ingested ${fmt(c.filesAlreadyIngested)}`);
  text($("deadLetters"), fmt(c.deadLetters));
  $("deadLetters").parentElement.classList.toggle("alert", c.deadLetters > 0);
  let lag = 0;
  const parts = [];
  for (const [group, topics] of Object.entries(s.consumerLag)) {
    const sum = Object.values(topics).reduce((a, b) => a + b, 0);
    lag += sum;
    parts.push(`${group} ${fmt(sum)}`);
  }
  text($("lag"), fmt(lag));
  text($("lagDetail"), parts.join(" · "));
}

function renderHealth(s) {
  const badge = $("ready");
  badge.textContent = s.health.ready ? "READY" : "NOT READY";
  badge.className = "badge " + (s.health.ready ? "up" : "down");
  const list = $("checks");
  list.replaceChildren(...s.health.checks.map((c) => el("li", c.ok ? "ok" : "bad", `${c.name}: ${c.detail}`)));
  const rejected = $("rejected");
  if (s.latestRejected.length === 0) {
    rejected.replaceChildren(el("li", "muted", "none"));
  } else {
    rejected.replaceChildren(...s.latestRejected.map((p) => {
      const li = el("li");
      li.append(el("span", "reason", p.reason), el("span", null, `${p.file} — ${p.detail}`));
      return li;
    }));
  }
}

function renderStories(s) {
  const list = $("stories");
  if (s.stories.length === 0) {
    list.replaceChildren(el("li", "muted", "none yet"));
    return;
  }
  list.replaceChildren(...s.stories.map((story) => {
    const li = el("li");
    li.dataset.storyId = story.storyId;
    li.append(el("span", "count", `${story.articles} articles`), el("span", null, story.headline));
    li.title = story.files.join("\n");
    return li;
  }));
}

function renderEntities(s) {
  const list = $("entities");
  if (s.topEntities.length === 0) {
    list.replaceChildren(el("li", "muted", "none yet"));
    return;
  }
  list.replaceChildren(...s.topEntities.map((e) => {
    const li = el("li");
    li.append(el("span", null, e.canonical), el("span", `type ${e.type}`, e.type.toLowerCase()),
      el("span", "count", fmt(e.mentions)));
    return li;
  }));
}

// the paragraph's text with every entity span wrapped in <mark class="TYPE">, built as DOM nodes (never as HTML)
function highlighted(paragraph) {
  const p = el("p");
  const spans = [...paragraph.entities].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > paragraph.text.length) continue;
    p.append(document.createTextNode(paragraph.text.slice(at, span.start)));
    const mark = el("mark", span.type, paragraph.text.slice(span.start, span.end));
    mark.title = `${span.type}: ${span.canonical}`;
    p.append(mark);
    at = span.end;
  }
  p.append(document.createTextNode(paragraph.text.slice(at)));
  return p;
}

function renderArticles(s) {
  if (s.latestArticles.length === 0) return;
  $("articles").replaceChildren(...s.latestArticles.map((a) => {
    const div = el("div", "article");
    div.dataset.articleId = a.articleId;
    div.append(el("h3", null, a.headline));
    const story = a.nearDuplicateOf
      ? ` · near-duplicate of ${a.nearDuplicateOf} (${(a.similarity * 100).toFixed(0)} %)` : "";
    div.append(el("div", "meta", `${a.sourceFile}${story} · ${a.paragraphCount} paragraphs · `
      + `${a.duplicatesDropped} duplicates dropped · drop → stored ${a.latencySeconds.toFixed(2)} s`));
    a.paragraphs.forEach((p) => div.append(highlighted(p)));
    return div;
  }));
}

// per-minute rates from the cumulative samples, drawn as three lines on a canvas
function renderChart(s) {
  const canvas = $("chart");
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 800;
  const height = canvas.clientHeight || 220;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const g = canvas.getContext("2d");
  g.scale(ratio, ratio);
  g.clearRect(0, 0, width, height);
  const pts = s.throughput;
  const series = { files: [], articles: [], paragraphs: [] };
  for (let i = 1; i < pts.length; i++) {
    const minutes = (pts[i].t - pts[i - 1].t) / 60000;
    for (const k of Object.keys(series)) {
      series[k].push({ t: pts[i].t, v: minutes > 0 ? Math.max(0, pts[i][k] - pts[i - 1][k]) / minutes : 0 });
    }
  }
  const left = 44, bottom = 20, top = 8;
  const now = pts.length ? pts[pts.length - 1].t : Date.now();
  const from = now - 10 * 60 * 1000;
  let max = 1;
  for (const k of Object.keys(series)) for (const p of series[k]) max = Math.max(max, p.v);
  const x = (t) => left + (width - left - 8) * (t - from) / (now - from);
  const y = (v) => height - bottom - (height - bottom - top) * v / max;
  g.strokeStyle = "#e2e6ec";
  g.fillStyle = "#6b7585";
  g.font = "11px system-ui, sans-serif";
  for (let i = 0; i <= 4; i++) {
    const v = max * i / 4;
    g.beginPath(); g.moveTo(left, y(v)); g.lineTo(width - 8, y(v)); g.stroke();
    g.fillText(fmt(v), 4, y(v) + 4);
  }
  for (let m = 10; m >= 0; m -= 2) g.fillText(m === 0 ? "now" : `-${m}m`, x(now - m * 60000) - 10, height - 4);
  const colors = { files: "#8e6bd1", articles: "#1f7ae0", paragraphs: "#2fa37a" };
  for (const [k, points] of Object.entries(series)) {
    g.strokeStyle = colors[k];
    g.lineWidth = 2;
    g.beginPath();
    points.filter((p) => p.t >= from).forEach((p, i) => (i ? g.lineTo(x(p.t), y(p.v)) : g.moveTo(x(p.t), y(p.v))));
    g.stroke();
  }
}

async function refresh() {
  try {
    const response = await fetch("/api/status", { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const s = await response.json();
    renderCounts(s);
    renderHealth(s);
    renderEntities(s);
    renderStories(s);
    renderArticles(s);
    renderChart(s);
    text($("updated"), `updated ${new Date(s.now).toLocaleTimeString("en-GB")}`);
  } catch (e) {
    text($("updated"), `cannot reach the pipeline: ${e.message}`);
    const badge = $("ready");
    badge.textContent = "UNREACHABLE";
    badge.className = "badge down";
  }
}

refresh();
setInterval(refresh, POLL_MS);
