// The picker app: "a lost connection never loses a tap". Each action form ([data-tap]) is posted with fetch
// instead of navigating; until the server answers, the tap waits in localStorage (with the form's fields and
// antiforgery token) and is retried with backoff, on page load and when the phone comes back online. The
// server is idempotent by task state, so sending a tap again after a lost answer is harmless. When the
// server answers, the card is replaced by the one in the answer's page. Without this script the forms post
// normally (POST → redirect).
(() => {
  'use strict';

  const app = document.querySelector('[data-picker-app]');
  if (!app || !window.fetch || !window.localStorage || !window.URLSearchParams) return;

  // Per signed-in account: a tap made by one picker is never sent for another who signs in on the same phone.
  const storeKey = 'sw-picker-taps:' + (app.dataset.pickerUser || '');
  const firstDelay = 1000;
  const maxDelay = 30000;
  const badge = app.querySelector('[data-testid="pending-badge"]');
  const count = app.querySelector('[data-pending-count]');
  const loginAlert = app.querySelector('[data-sync-login]');
  const failedAlert = app.querySelector('[data-sync-failed]');
  let delay = firstDelay;
  let timer = null;
  let busy = false;

  const load = () => {
    try {
      const taps = JSON.parse(localStorage.getItem(storeKey) || '[]');
      return Array.isArray(taps) ? taps : [];
    } catch (e) {
      return [];
    }
  };

  const save = (taps) => {
    localStorage.setItem(storeKey, JSON.stringify(taps));
    show(taps);
  };

  const toggle = (element, visible) => element && element.classList.toggle('d-none', !visible);

  // The badge counts unsent taps; their cards are marked and their buttons disabled (one tap per card at a time).
  const show = (taps) => {
    count.textContent = String(taps.length);
    toggle(badge, taps.length > 0);
    const pending = new Set(taps.map((t) => t.card));
    app.querySelectorAll('[id^="card-"]').forEach((card) => {
      const waiting = pending.has(card.id);
      toggle(card.querySelector('[data-pending-mark]'), waiting);
      card.querySelectorAll('button[type="submit"]').forEach((button) => { button.disabled = waiting; });
      if (!waiting) card.querySelectorAll('form[data-queued]').forEach((form) => { delete form.dataset.queued; });
    });
  };

  const newId = () => (window.crypto && crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(16).slice(2));

  // Replaces the card (and the open count) with what the server's page shows now; a card no longer on the
  // list goes, and the errors of an action on it are shown at the top.
  const refresh = (cardId, html, withErrors = true) => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const fresh = page.getElementById(cardId);
    const current = document.getElementById(cardId);
    if (current && fresh) current.replaceWith(document.importNode(fresh, true));
    else if (current) current.remove();
    const errors = page.querySelector('[data-tap-errors]');
    const shownErrors = app.querySelector('[data-tap-errors]');
    if (withErrors && errors && shownErrors) shownErrors.replaceChildren(...Array.from(errors.childNodes, (n) => document.importNode(n, true)));
    const openCount = page.querySelector('[data-testid="open-count"]');
    const shown = app.querySelector('[data-testid="open-count"]');
    if (openCount && shown) shown.textContent = openCount.textContent;
  };

  // A fresh antiforgery token (the old one no longer matches, e.g. after signing in again). The list is paged, so its
  // page is read with its query string (market, page): the cards on screen are the ones on that page.
  const freshToken = async () => {
    const response = await fetch(location.pathname + location.search, { credentials: 'same-origin' });
    if (!response.ok) return null;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const input = page.querySelector('form[data-tap] input[name="__RequestVerificationToken"]');
    return input ? input.value : null;
  };

  // 'done' = the server answered (the tap is over, whatever the answer); 'retry' = try again later.
  const send = async (tap) => {
    let response;
    let html;
    try {
      response = await fetch(tap.action, {
        method: 'POST',
        body: new URLSearchParams(tap.fields),
        credentials: 'same-origin',
        headers: { 'X-Picker-Tap': tap.id },
      });
      html = await response.text();
    } catch (e) {
      return 'retry'; // offline, or the connection dropped before the answer arrived
    }
    const landed = new URL(response.url, location.href).pathname;
    if (response.redirected && landed.startsWith('/account/')) {
      toggle(loginAlert, true);
      return 'retry';
    }
    toggle(loginAlert, false);
    if (response.status === 400 && !tap.renewed) {
      const token = await freshToken().catch(() => null);
      if (!token) return 'retry';
      tap.fields = tap.fields.map(([name, value]) => [name, name === '__RequestVerificationToken' ? token : value]);
      tap.renewed = true;
      return 'renewed';
    }
    if (response.status >= 500 || response.status === 408 || response.status === 429) return 'retry';
    if (response.ok) refresh(tap.card, html);
    else toggle(failedAlert, true);
    return 'done';
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
    delay = Math.min(delay * 2, maxDelay);
  };

  // Sends the waiting taps one by one, in the order they were made.
  const flush = async () => {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    try {
      for (let taps = load(); taps.length > 0; taps = load()) {
        const tap = taps[0];
        const outcome = await send(tap);
        if (outcome === 'retry') {
          schedule();
          return;
        }
        const rest = load().filter((t) => t.id !== tap.id);
        save(outcome === 'renewed' ? [tap, ...rest] : rest);
        delay = firstDelay;
      }
    } finally {
      busy = false;
      show(load());
    }
  };

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches('[data-tap]') || !app.contains(form)) return;
    event.preventDefault();
    if (form.dataset.queued === 'true') return; // a second tap on the same button before the first was stored
    form.dataset.queued = 'true';
    const taps = load();
    taps.push({ id: newId(), card: form.dataset.tap, action: form.getAttribute('action'), fields: Array.from(new FormData(form)), at: Date.now() });
    save(taps);
    delay = firstDelay;
    flush();
  });

  // Labels on their way to the printer: the cards are read again every few seconds (for a minute at most)
  // until the print queue says printed, so the picker sees "printed" without reloading.
  let watchRounds = 0;
  const watchLabels = () => {
    setTimeout(async () => {
      const waiting = Array.from(app.querySelectorAll('[data-label-waiting]'), (e) => e.closest('[id^="card-"]')).filter(Boolean);
      if (waiting.length === 0 || ++watchRounds > 20) { watchRounds = 0; return; }
      if (!busy && load().length === 0) {
        try {
          const response = await fetch(location.pathname + location.search, { credentials: 'same-origin' });
          if (response.ok && !response.redirected) {
            const html = await response.text();
            waiting.forEach((card) => refresh(card.id, html, false));
          }
        } catch (e) { /* offline: try again next round */ }
      }
      watchLabels();
    }, 3000);
  };
  new MutationObserver(() => { if (watchRounds === 0 && app.querySelector('[data-label-waiting]')) { watchRounds = 1; watchLabels(); } })
    .observe(app, { childList: true, subtree: true });

  window.addEventListener('online', () => { delay = firstDelay; flush(); });
  show(load());
  flush();
  if (app.querySelector('[data-label-waiting]')) { watchRounds = 1; watchLabels(); }
})();
