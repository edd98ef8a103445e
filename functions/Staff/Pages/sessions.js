// Sessions: a centre's coming occurrences, the roster with attendance, the waiting list and cancelling.
"use strict";
(function () {
  const { api, postJson, me, chosenCentre, fillCentres, element } = window.staff;
  const status = document.getElementById("status");
  const occurrenceSelect = document.getElementById("occurrence");
  let centre = "";

  function say(text) { status.textContent = text; }
  function occurrencePath(action) { return `staff/occurrences/${encodeURIComponent(occurrenceSelect.value)}/${action}`; }
  const shortId = id => id.substring(0, 8);

  async function loadOccurrences(newCentre) {
    centre = newCentre;
    const response = await api(`staff/centres/${encodeURIComponent(centre)}/occurrences`);
    const occurrences = response.ok ? await response.json() : [];
    occurrenceSelect.replaceChildren(...occurrences.map(o => new Option(`${new Date(o.startsAt).toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })} ${o.title}`, o.occurrenceId)));
    if (occurrences.length === 0) { say("No sessions in the next two weeks."); return; }
    await loadRoster();
  }

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

  occurrenceSelect.addEventListener("change", () => loadRoster().catch(() => {}));

  me().then(who => {
    const current = chosenCentre(who);
    fillCentres(document.getElementById("centre"), who, current, c => loadOccurrences(c));
    if (current) { return loadOccurrences(current); }
  }).catch(() => {});
})();
