// Shared by the staff pages: the page layout (skip link, banner and navigation), the signed-in
// member of staff and the chosen centre. Each page's body starts with <header class="banner" data-page="...">.
"use strict";
window.staff = (function () {
  const pages = [["alerts", "Alerts"], ["sessions", "Sessions"], ["reach", "Reach"]];

  function renderLayout() {
    const banner = document.querySelector("header.banner[data-page]");
    if (!banner) { return; }
    const current = banner.dataset.page;
    const links = pages.map(([page, title]) => element("li", {}, element("a", { href: "/staff/" + page, "data-keep-centre": true, "aria-current": page === current ? "page" : null }, title)));
    banner.replaceChildren(
      element("p", { class: "brand" }, "Children's centres: staff"),
      element("nav", { "aria-label": "Staff pages" }, element("ul", {}, links)),
      element("p", { id: "who", class: "who" }));
    document.body.prepend(element("a", { class: "skip", href: "#main" }, "Skip to main content"));
  }

  async function api(path, options) {
    const response = await fetch("/api/" + path, Object.assign({ credentials: "same-origin", headers: { "Accept": "application/json" } }, options || {}));
    if (response.status === 401) {
      const status = document.getElementById("status");
      if (status) { status.innerHTML = 'You are not signed in. <a href="/staff/dev-sign-in">Sign in</a>.'; }
      throw new Error("not signed in");
    }
    return response;
  }

  async function postJson(path, body) {
    return api(path, { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: JSON.stringify(body || {}) });
  }

  async function patchJson(path, body) {
    return api(path, { method: "PATCH", headers: { "Content-Type": "application/json", "Accept": "application/problem+json, application/json" }, body: JSON.stringify(body || {}) });
  }

  async function me() {
    const response = await api("staff/me");
    const who = await response.json();
    const el = document.getElementById("who");
    if (el) { el.textContent = "Signed in as " + who.name; }
    return who;
  }

  function chosenCentre(who) {
    const wanted = new URLSearchParams(location.search).get("centre");
    const found = who.centres.find(c => c.id === wanted);
    return found ? found.id : (who.centres[0] ? who.centres[0].id : "");
  }

  function fillCentres(select, who, current, onChange) {
    select.replaceChildren(...who.centres.map(c => new Option(c.name, c.id, c.id === current, c.id === current)));
    select.addEventListener("change", () => {
      const url = new URL(location.href);
      url.searchParams.set("centre", select.value);
      history.replaceState(null, "", url);
      keepCentreInLinks(select.value);
      onChange(select.value);
    });
    keepCentreInLinks(current);
  }

  function keepCentreInLinks(centre) {
    document.querySelectorAll("a[data-keep-centre]").forEach(a => {
      const url = new URL(a.getAttribute("href"), location.origin);
      url.searchParams.set("centre", centre);
      a.setAttribute("href", url.pathname + url.search);
    });
  }

  function element(tag, attributes, ...children) {
    const el = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) { return; }
      if (k === "text") { el.textContent = v; } else if (k.startsWith("on")) { el.addEventListener(k.substring(2), v); } else { el.setAttribute(k, v === true ? "" : v); }
    });
    children.flat().forEach(c => el.append(c));
    return el;
  }

  function duration(minutes) {
    const m = Math.max(0, Math.round(minutes));
    if (m < 60) { return m + " min"; }
    const h = Math.floor(m / 60);
    if (h < 48) { return h + " h " + (m % 60) + " min"; }
    return Math.floor(h / 24) + " days " + (h % 24) + " h";
  }

  renderLayout();

  return { api, postJson, patchJson, me, chosenCentre, fillCentres, element, duration };
})();
