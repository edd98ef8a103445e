// Reach and activity: one chart and one table per measure, each table downloadable as CSV.
"use strict";
(function () {
  const { api, me, element } = window.staff;
  const status = document.getElementById("status");
  const scopeSelect = document.getElementById("scope");
  const charts = [];
  const palette = ["#1d4e89", "#b35c00", "#1e5a2c", "#6a1b9a", "#a4161a", "#00695c", "#4e342e", "#37474f"];

  const sections = [
    { table: "areas", title: "Registered and active families by reach area", rows: r => r.areas, label: x => `${x.reachArea} (${x.centre})`,
      series: [["Registered", x => x.registeredFamilies], ["Active", x => x.activeFamilies]],
      columns: [["Reach area", x => x.reachArea], ["Centre", x => x.centre], ["Registered families", x => x.registeredFamilies], ["Active families", x => x.activeFamilies]] },
    { table: "attendance", title: "Attendance by session type", rows: r => r.attendance, label: x => x.sessionType,
      series: [["Attendances", x => x.attendances]], columns: [["Session type", x => x.sessionType], ["Attendances", x => x.attendances]] },
    { table: "referrals", title: "Referrals by source", rows: r => r.referrals, label: x => x.source,
      series: [["Referrals", x => x.referrals]], columns: [["Source", x => x.source], ["Referrals", x => x.referrals]] },
    { table: "response", title: "Time to acknowledge and to allocate", rows: r => r.response, label: x => x.measure,
      series: [["Average hours", x => x.averageHours]], columns: [["Measure", x => x.measure], ["Alerts", x => x.alerts], ["Average hours", x => x.averageHours]] },
    { table: "fathers", title: "Fathers attending", rows: r => r.fathers, label: x => x.centre,
      series: [["Families with a father attending", x => x.familiesWithAFatherAttending]],
      columns: [["Centre", x => x.centre], ["Families with a father attending", x => x.familiesWithAFatherAttending], ["Attendances", x => x.attendances]] },
  ];

  function scopeQuery() {
    const [scope, id] = scopeSelect.value.split(":");
    return `scope=${encodeURIComponent(scope)}` + (id ? `&id=${encodeURIComponent(id)}` : "");
  }

  async function load() {
    const response = await api("staff/reach?" + scopeQuery());
    if (!response.ok) { status.textContent = response.status === 403 ? "Reach figures are for managers of these centres." : "The figures could not be loaded (" + response.status + ")."; return; }
    const report = await response.json();
    document.getElementById("computed").textContent = report.computedAt ? "Figures for the last 12 months, as worked out at " + new Date(report.computedAt).toLocaleString("en-GB") + "." : "No figures have been worked out yet.";
    charts.splice(0).forEach(c => c.destroy());
    const container = document.getElementById("tables");
    container.replaceChildren(...sections.map((s, i) => render(s, s.rows(report), i)));
    status.textContent = "Showing " + report.name + ".";
  }

  function render(section, rows, index) {
    const headingId = "heading-" + section.table;
    const canvas = element("canvas", { id: "chart-" + section.table, role: "img", "aria-label": section.title + ": chart of the table below" });
    const table = element("table", {},
      element("caption", { class: "visually-hidden" }, section.title),
      element("thead", {}, element("tr", {}, section.columns.map(([name]) => element("th", { scope: "col" }, name)))),
      element("tbody", {}, rows.map(row => element("tr", {}, section.columns.map(([, value]) => { const v = value(row); return element("td", { class: typeof v === "number" ? "num" : null }, String(v)); })))));
    const csv = element("a", { href: "/api/staff/reach/csv?" + scopeQuery() + "&table=" + section.table, download: `reach-${section.table}.csv`, class: "csv" }, "Download " + section.title.toLowerCase() + " (CSV)");
    const block = element("section", { "aria-labelledby": headingId, class: "card" }, element("h2", { id: headingId }, section.title), element("div", { class: "chart" }, canvas),
      element("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": section.title + " table" }, table), csv);
    if (window.Chart) {
      charts.push(new window.Chart(canvas, {
        type: "bar",
        data: { labels: rows.map(section.label), datasets: section.series.map(([label, value], i) => ({ label, data: rows.map(value), backgroundColor: palette[(index + i) % palette.length] })) },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
      }));
    }
    return block;
  }

  me().then(who => {
    const options = [];
    if (who.role === "CouncilAdmin") { options.push(["council:", "Whole council"]); }
    if (who.role === "CouncilAdmin" || who.role === "ClusterManager") {
      [...new Set(who.centres.map(c => c.cluster))].forEach(cluster => options.push([`cluster:${cluster}`, `${cluster} cluster`]));
    }
    who.centres.forEach(c => options.push([`centre:${c.id}`, c.name]));
    const wanted = new URLSearchParams(location.search).get("centre");
    scopeSelect.replaceChildren(...options.map(([v, t]) => new Option(t, v, false, who.role !== "CouncilAdmin" && v === `centre:${wanted}`)));
    scopeSelect.addEventListener("change", () => load().catch(() => {}));
    return load();
  }).catch(() => {});
})();
