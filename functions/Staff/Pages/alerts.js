// The alert queue: polls every 2 seconds and updates cards in place, so focus and typing survive.
"use strict";
(function () {
  const { api, postJson, me, chosenCentre, fillCentres, element, duration } = window.staff;
  const reasons = [["OutcomeReached", "Outcome reached"], ["FamilyDeclined", "Family declined"], ["Moved", "Family moved away"], ["ReferredOn", "Referred on"]];
  const queue = document.getElementById("queue");
  const status = document.getElementById("status");
  const cards = new Map();
  let centre = "";
  let workers = [];
  let timer = null;
  let firstLoad = true;

  function say(text) { status.textContent = text; }

  function alertPath(item, action) { return `staff/centres/${encodeURIComponent(centre)}/alerts/${encodeURIComponent(item.alertId)}/${action}`; }

  async function act(item, action, body, done) {
    const response = await postJson(alertPath(item, action), body);
    if (response.ok) { say(done); await refresh(); } else { say("That did not work (" + response.status + "). Please try again."); }
  }

  let signedIn = null;
  function workerName(id) { const w = workers.find(x => x.id === id); return w ? w.name : id; }

  function buildCard(item) {
    const id = item.alertId;
    const heading = element("h2", { id: "h-" + id });
    const state = element("p", { class: "state" });
    const wait = element("p", { class: "wait" });
    const acknowledge = element("button", { type: "button", class: "acknowledge", onclick: () => act(item, "acknowledge", {}, "Alert acknowledged.") }, "Acknowledge");
    const allocateSelect = element("select", { id: "allocate-" + id }, workers.map(w => new Option(w.name, w.id)));
    const allocate = element("div", { class: "field" },
      element("label", { for: "allocate-" + id }, "Allocate to"),
      element("div", { class: "row" }, allocateSelect,
        element("button", { type: "button", class: "allocate", onclick: () => act(item, "allocate", { workerId: allocateSelect.value }, "Alert allocated to " + workerName(allocateSelect.value) + ".") }, "Allocate")));
    const noteText = element("textarea", { id: "note-" + id, rows: "2", cols: "40" });
    const notesList = element("ul", { class: "notes", "aria-label": "Notes" });
    const note = element("div", { class: "field" },
      element("label", { for: "note-" + id }, "Add a note"),
      element("div", { class: "row" }, noteText,
        element("button", { type: "button", class: "secondary", onclick: async () => {
          if (!noteText.value.trim()) { say("Write the note first."); noteText.focus(); return; }
          const response = await postJson(alertPath(item, "notes"), { text: noteText.value });
          if (response.ok) { noteText.value = ""; say("Note added."); await loadNotes(item, notesList); } else { say("The note was not saved (" + response.status + ")."); }
        } }, "Add note")));
    const reasonSelect = element("select", { id: "reason-" + id }, reasons.map(([v, t]) => new Option(t, v)));
    const close = element("div", { class: "field" },
      element("label", { for: "reason-" + id }, "Close with reason"),
      element("div", { class: "row" }, reasonSelect,
        element("button", { type: "button", class: "secondary", onclick: () => act(item, "close", { reason: reasonSelect.value }, "Alert closed.") }, "Close alert")));
    const detailsBody = element("div", {});
    const details = element("details", { ontoggle: () => { if (details.open) { loadReferral(item, detailsBody); loadNotes(item, notesList); } } },
      element("summary", {}, "Referral details and notes"), detailsBody, element("h3", {}, "Notes"), notesList);
    const card = element("li", { class: "card", "aria-labelledby": "h-" + id, "data-alert": id },
      heading, state, wait, element("div", { class: "row" }, acknowledge), allocate, details, note, close);
    card.parts = { heading, state, wait, acknowledge };
    return card;
  }

  function update(card, item, now) {
    const { heading, state, wait, acknowledge } = card.parts;
    card.item = item;
    card.classList.toggle("urgent", item.priority === "Urgent");
    heading.replaceChildren(element("span", { class: "badge " + item.priority.toLowerCase() }, item.priority), " Referral " + item.reference);
    state.textContent = "Status: " + item.status + (item.allocatedTo ? " to " + workerName(item.allocatedTo) : "");
    const left = (new Date(item.escalatesAt) - now) / 60000;
    wait.replaceChildren("Waiting " + duration(item.minutesWaiting) + ". ",
      left > 0 ? "Escalates in " + duration(left) + "." : element("span", { class: "overdue" }, "Past the escalation limit by " + duration(-left) + "."));
    acknowledge.hidden = item.status !== "New";
  }

  async function loadReferral(item, target) {
    const response = await api(`staff/centres/${encodeURIComponent(centre)}/referrals/${encodeURIComponent(item.referralId)}`);
    if (!response.ok) { target.textContent = "The referral could not be shown (" + response.status + ")."; return; }
    const r = await response.json();
    const f = r.form || {};
    const rows = [["Reference", r.reference], ["Submitted", new Date(r.submittedAt).toLocaleString("en-GB")], ["Carer", f.carer ? `${f.carer.name} (${f.carer.relationship || "carer"})` : ""],
      ["Contact", f.contact ? `${f.contact.channel}: ${f.contact.phone || f.contact.email || ""}` : ""], ["Postcode", f.postcode], ["Hopes for", f.hopesFor],
      ["Topics", (f.topics || []).join(", ")], ["Language", f.preferredLanguage], ["Source", f.source]];
    // What the family's consent allows now comes first, so nobody reads the details without seeing it.
    const warnings = [r.doNotContact && "Do not contact: the family has not agreed to be contacted, or withdrew consent.",
      r.doNotShareWithPartners && "Do not share with partners: the family has not agreed to sharing, or withdrew consent.",
      r.contactNotProven && "Contact not proven: this referral gave a phone number or email we already hold for a family, and whoever sent it did not prove it is theirs. Nothing on the family's record was changed. Check with the family, on the contact we already had, before acting on it or sharing anything."].filter(Boolean);
    target.replaceChildren(...warnings.map(w => element("p", { class: "consent-warning", role: "note" }, w)),
      element("dl", { class: "referral" }, rows.flatMap(([k, v]) => [element("dt", {}, k), element("dd", {}, v || "-")])),
      withdrawalForm(item, r, target), erasureButton(r));
  }

  // Council admins only: erase everything held about the family, after a confirmation.
  function erasureButton(r) {
    if (!r.familyId || !signedIn || signedIn.role !== "CouncilAdmin") { return ""; }
    const erase = async () => {
      if (!confirm("Erase everything held about this family: its record, bookings, referrals, notes and chats? This cannot be undone.")) { return; }
      const response = await postJson(`staff/families/${encodeURIComponent(r.familyId)}/erasure`, { confirmFamilyId: r.familyId });
      if (response.ok) { say("The family's details were erased. An audit record of ids was kept."); await refresh(); }
      else { say("The erasure did not run (" + response.status + "). Please try again."); }
    };
    return element("button", { type: "button", class: "secondary danger", onclick: erase }, "Erase this family's details");
  }

  // Staff record a withdrawal the family made by phone, letter or in person; only what is still given can be withdrawn.
  function withdrawalForm(item, r, target) {
    const still = [["contact", "To be contacted", !r.doNotContact], ["shareWithPartners", "To share their details with partners", !r.doNotShareWithPartners]]
      .filter(([, , given]) => given);
    if (!r.familyId || still.length === 0) { return ""; }
    const boxes = still.map(([value, text]) => {
      const id = `withdraw-${value}-${item.alertId}`;
      return element("div", { class: "choice" }, element("input", { type: "checkbox", id, value }), element("label", { for: id }, text));
    });
    const send = async () => {
      const purposes = boxes.map(b => b.querySelector("input")).filter(i => i.checked).map(i => i.value);
      if (purposes.length === 0) { say("Tick what the family withdrew first."); boxes[0].querySelector("input").focus(); return; }
      const response = await postJson(`staff/centres/${encodeURIComponent(centre)}/families/${encodeURIComponent(r.familyId)}/consent-withdrawals`, { purposes });
      if (response.ok) { say("Withdrawal recorded. The family's consent is shown above the details."); await loadReferral(item, target); }
      else { say("The withdrawal was not recorded (" + response.status + "). Please try again."); }
    };
    return element("fieldset", { class: "withdrawal" }, element("legend", {}, "The family withdrew consent"),
      ...boxes, element("button", { type: "button", class: "secondary", onclick: send }, "Record withdrawal"));
  }

  async function loadNotes(item, list) {
    const response = await api(alertPath(item, "notes"));
    if (!response.ok) { return; }
    const notes = await response.json();
    list.replaceChildren(...notes.map(n => element("li", {}, `${new Date(n.writtenAt).toLocaleString("en-GB")} (${workerName(n.authorId)}): ${n.text}`)));
  }

  async function refresh() {
    const response = await api(`staff/centres/${encodeURIComponent(centre)}/queue`);
    if (!response.ok) { say("The queue could not be loaded (" + response.status + ")."); return; }
    const body = await response.json();
    const now = new Date(body.now);
    const seen = new Set();
    let added = 0;
    body.items.forEach((item, index) => {
      seen.add(item.alertId);
      let card = cards.get(item.alertId);
      if (!card) { card = buildCard(item); cards.set(item.alertId, card); added++; }
      update(card, item, now);
      if (queue.children[index] !== card) { queue.insertBefore(card, queue.children[index] || null); }
    });
    for (const [id, card] of cards) { if (!seen.has(id)) { card.remove(); cards.delete(id); } }
    document.getElementById("empty").hidden = body.items.length > 0;
    if (added > 0 && !firstLoad) { say(added === 1 ? "A new alert has arrived." : added + " new alerts have arrived."); }
    firstLoad = false;
  }

  async function open(newCentre) {
    centre = newCentre;
    cards.clear();
    queue.replaceChildren();
    firstLoad = true;
    const response = await api(`staff/centres/${encodeURIComponent(centre)}/staff`);
    workers = response.ok ? await response.json() : [];
    await refresh();
    clearInterval(timer);
    timer = setInterval(() => refresh().catch(() => {}), 2000);
  }

  me().then(who => {
    signedIn = who;
    const current = chosenCentre(who);
    fillCentres(document.getElementById("centre"), who, current, open);
    if (current) { return open(current); }
    say("You are not linked to a centre.");
  }).catch(() => {});
})();
