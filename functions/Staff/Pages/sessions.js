// Sessions: a centre's coming occurrences, the roster with attendance, the waiting list, changing
// the session (managers) and cancelling.
"use strict";
(function () {
  const { api, postJson, patchJson, me, chosenCentre, fillCentres, element } = window.staff;
  const status = document.getElementById("status");
  const occurrenceSelect = document.getElementById("occurrence");
  const editForm = document.getElementById("edit");
  const editErrors = document.getElementById("edit-errors");
  const days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const numberFields = ["placesPerOccurrence", "maxChildrenPerFamily", "crechePlaces", "minAgeMonths", "maxAgeMonths"];
  let centre = "";
  let occurrences = [];
  let canEdit = false;

  function say(text) { status.textContent = text; }
  function occurrencePath(action) { return `staff/occurrences/${encodeURIComponent(occurrenceSelect.value)}/${action}`; }
  const shortId = id => id.substring(0, 8);

  async function loadOccurrences(newCentre) {
    centre = newCentre;
    const response = await api(`staff/centres/${encodeURIComponent(centre)}/occurrences`);
    occurrences = response.ok ? await response.json() : [];
    occurrenceSelect.replaceChildren(...occurrences.map(o => new Option(`${new Date(o.startsAt).toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })} ${o.title}`, o.occurrenceId)));
    if (occurrences.length === 0) { say("No sessions in the next two weeks."); return; }
    await loadRoster();
    await loadSession();
  }

  function chosenSessionId() {
    const chosen = occurrences.find(o => o.occurrenceId === occurrenceSelect.value);
    return chosen ? chosen.sessionId : "";
  }

  async function loadSession() {
    clearErrors();
    const sessionId = chosenSessionId();
    if (!sessionId) { return; }
    const response = await api(`staff/sessions/${encodeURIComponent(sessionId)}`);
    if (!response.ok) { return; }
    const session = await response.json();
    document.getElementById("edit-day").replaceChildren(...days.map(d => new Option(d[0].toUpperCase() + d.substring(1), d, d === session.day, d === session.day)));
    document.getElementById("edit-venueId").replaceChildren(...session.venues.map(v => new Option(v.name, v.id, v.id === session.venueId, v.id === session.venueId)));
    ["title", "description", "start", "end", "facilitatorRole", ...numberFields].forEach(name => { editForm.elements[name].value = session[name]; });
    editForm.elements.languages.value = session.languages.join(", ");
    editForm.elements.accessibilityNotes.value = session.accessibilityNotes || "";
  }

  function clearErrors() {
    editErrors.hidden = true;
    editErrors.replaceChildren();
    editForm.querySelectorAll(".field-error").forEach(e => e.remove());
    editForm.querySelectorAll("[aria-invalid]").forEach(e => { e.removeAttribute("aria-invalid"); e.removeAttribute("aria-describedby"); });
  }

  // Problem details (RFC 9457) name the fields: each gets its message beside it, and a summary
  // at the top links to them and is announced.
  function showProblem(problem) {
    clearErrors();
    const items = [];
    Object.entries(problem.errors || {}).forEach(([field, messages]) => {
      const input = editForm.elements[field];
      const text = messages.join(" ");
      if (input) {
        const id = "error-" + input.id;
        input.closest(".field").querySelector("label").after(element("p", { id, class: "field-error" }, element("span", { class: "visually-hidden" }, "Error: "), text));
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", id);
        items.push(element("li", {}, element("a", { href: "#" + input.id }, text)));
      } else {
        items.push(element("li", {}, text));
      }
    });
    editErrors.replaceChildren(element("h3", {}, problem.title || "The session was not changed"),
      problem.detail && items.length === 0 ? element("p", {}, problem.detail) : "", element("ul", {}, items));
    editErrors.hidden = false;
    editErrors.focus();
  }

  editForm.addEventListener("submit", async event => {
    event.preventDefault();
    if (!canEdit) { return; }
    const body = { day: editForm.elements.day.value, venueId: editForm.elements.venueId.value };
    ["title", "description", "start", "end", "facilitatorRole", "accessibilityNotes"].forEach(name => { body[name] = editForm.elements[name].value; });
    numberFields.forEach(name => { const v = editForm.elements[name].value; body[name] = v === "" ? null : Number(v); });
    body.languages = editForm.elements.languages.value.split(",").map(l => l.trim()).filter(l => l);
    const response = await patchJson(`staff/sessions/${encodeURIComponent(chosenSessionId())}`, body);
    if (response.ok) {
      const result = await response.json();
      clearErrors();
      say(result.changed.length === 0 ? "Nothing to change." : `Session saved. ${result.offersMade} ${result.offersMade === 1 ? "family on the waiting list was" : "families on the waiting list were"} offered a place.`);
      const selected = occurrenceSelect.value;
      await loadOccurrences(centre);
      if ([...occurrenceSelect.options].some(o => o.value === selected)) { occurrenceSelect.value = selected; await loadRoster(); await loadSession(); }
      return;
    }
    const problem = await response.json().catch(() => ({ title: "The session was not changed (" + response.status + ")." }));
    showProblem(problem);
    say("The session was not changed.");
  });

  async function loadRoster() {
    const response = await api(occurrencePath("roster"));
    if (!response.ok) { say("The roster could not be loaded (" + response.status + ")."); return; }
    const roster = await response.json();
    document.getElementById("summary").textContent = `${roster.title}: ${roster.bookings.length} booked of ${roster.capacity} places${roster.cancelled ? " (cancelled)" : ""}.`;
    const entries = roster.bookings || [];
    document.getElementById("roster").replaceChildren(...entries.map((e, i) => element("tr", {},
      element("td", {}, "Family " + shortId(e.familyId)), element("td", {}, e.status), element("td", { class: "num" }, String(e.childCount)),
      element("td", {}, element("label", { for: "mark-" + i, class: "visually-hidden" }, "Attendance for family " + shortId(e.familyId)),
        element("select", { id: "mark-" + i, "data-family": e.familyId, disabled: e.status !== "confirmed" },
          [["unrecorded", "Not recorded"], ["attended", "Attended"], ["noShow", "Did not come"]].map(([v, t]) => new Option(t, v, v === e.attendance, v === e.attendance)))))));
    const waiting = roster.waitlist || [];
    document.getElementById("waitlist").replaceChildren(...waiting.map((w, i) => element("tr", {},
      element("td", {}, String(i + 1)), element("td", {}, "Family " + shortId(w.familyId)), element("td", { class: "num" }, String(w.childCount)),
      element("td", {}, new Date(w.joinedAt).toLocaleString("en-GB")))));
  }

  document.getElementById("attendance").addEventListener("submit", async event => {
    event.preventDefault();
    const marks = [...document.querySelectorAll("#roster select:not([disabled])")].map(s => ({ familyId: s.dataset.family, attendance: s.value }));
    if (marks.length === 0) { say("Nobody to mark."); return; }
    const response = await postJson(occurrencePath("attendance"), { marks });
    say(response.ok ? "Attendance saved." : "Attendance was not saved (" + response.status + ").");
    await loadRoster();
  });

  document.getElementById("cancel").addEventListener("submit", async event => {
    event.preventDefault();
    const reason = document.getElementById("cancel-reason").value;
    const response = await postJson(occurrencePath("cancel"), { reason });
    if (response.ok) { const body = await response.json(); say(`Session cancelled; ${body.familiesToTell} families will be told.`); } else { say("The session was not cancelled (" + response.status + ")."); }
    await loadRoster();
  });

  document.getElementById("dropin").addEventListener("submit", async event => {
    event.preventDefault();
    const familyId = document.getElementById("dropin-family").value.trim();
    const response = await postJson(occurrencePath("drop-ins"), { familyId: familyId || null, childCount: Number(document.getElementById("dropin-children").value) });
    say(response.ok ? "Drop-in attendee added and marked as attended." : "The attendee was not added (" + response.status + ").");
    await loadRoster();
  });

  occurrenceSelect.addEventListener("change", () => Promise.all([loadRoster(), loadSession()]).catch(() => {}));

  me().then(who => {
    canEdit = who.role !== "Worker";
    if (!canEdit) {
      editForm.hidden = true;
      document.getElementById("edit-note").textContent = "Only a centre or cluster manager can change a session.";
    }
    const current = chosenCentre(who);
    fillCentres(document.getElementById("centre"), who, current, c => loadOccurrences(c));
    if (current) { return loadOccurrences(current); }
  }).catch(() => {});
})();
