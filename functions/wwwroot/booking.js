// The page a booking's link opens: /booking/{public id}. The id in the address is the family's
// proof; it is sent only to this site's API and never kept.
(() => {
  const id = decodeURIComponent(location.pathname.split('/').pop() || '');
  const status = document.getElementById('booking-status');
  const cancel = document.getElementById('cancel');
  const accept = document.getElementById('accept');
  const states = {
    confirmed: 'You have a place.',
    waitlisted: 'You are on the waiting list.',
    offered: 'A place has come free for you. Take it before the time below, or it goes to the next family.',
    cancelled: 'This place is cancelled.',
    leftWaitlist: 'You have left the waiting list.',
    offerExpired: 'The time to take this place ran out, so it went to the next family.',
  };

  const show = (booking) => {
    document.getElementById('booking').hidden = false;
    document.getElementById('booking-title').textContent = booking.title;
    document.getElementById('booking-when').textContent = new Date(booking.startsAt).toLocaleString('en-GB',
      { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
    document.getElementById('booking-venue').textContent = booking.venue;
    let state = states[booking.status] || booking.status;
    document.getElementById('booking-state').textContent = state;
    cancel.hidden = !['confirmed', 'waitlisted', 'offered'].includes(booking.status);
    accept.hidden = booking.status !== 'offered';
    status.textContent = '';
  };

  const load = async () => {
    const response = await fetch(`/api/bookings/${encodeURIComponent(id)}`);
    if (!response.ok) {
      status.textContent = 'We could not find this booking. Please use the link in your latest message, or talk to us in the chat.';
      return;
    }
    show(await response.json());
  };

  const act = async (path, done) => {
    cancel.disabled = accept.disabled = true;
    const response = await fetch(path, { method: 'POST' });
    cancel.disabled = accept.disabled = false;
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status.textContent = problem.detail || 'Sorry, that did not work. Please try again or talk to us in the chat.';
      return;
    }
    await load();
    status.textContent = done;
  };

  cancel.addEventListener('click', () => {
    if (!confirm('Cancel your place? It will go to another family.')) return;
    act(`/api/bookings/${encodeURIComponent(id)}/cancel`, 'Your place is cancelled. Thank you for telling us: it can now go to another family.');
  });
  accept.addEventListener('click', () => act(`/api/offers/${encodeURIComponent(id)}/accept`, 'The place is yours.'));
  load().catch(() => { status.textContent = 'Sorry, the booking could not be loaded. Please try again.'; });
})();
