// Trustwork session timer. The server is the source of truth: it sends a snapshot of the clock
// (elapsed times as they stood when it answered) and this script only adds the time that has passed
// since the snapshot arrived, so every tab shows the same time and a reload changes nothing.
(function () {
  'use strict';
  const WARN_MS = 5 * 60 * 1000;

  function format(ms) {
    const negative = ms < 0;
    const total = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
    return (negative ? '+' : '') + (h > 0 ? h + ':' : '') + mm + ':' + String(s).padStart(2, '0');
  }

  function part(el, name) {
    return el.querySelector('[data-part="' + name + '"]');
  }

  // Worded like TimerDisplay.java: the warning and the overrun are said in words, not by colour alone.
  function render(el) {
    const t = el.__trustworkTimer;
    if (!t) {
      return;
    }
    const passed = t.running ? performance.now() - t.receivedAt : 0;
    const elapsed = t.sessionElapsed + passed;
    const left = t.planned - elapsed;
    const live = t.status === 'LIVE' || t.status === 'PAUSED';
    part(el, 'elapsed').textContent = format(elapsed);
    let state = '';
    if (t.status === 'PLANNED') {
      part(el, 'left').textContent = format(t.planned) + ' planned';
    } else if (t.status === 'ENDED') {
      part(el, 'left').textContent = 'in total';
      state = 'Session ended';
    } else {
      part(el, 'left').textContent = left >= 0 ? format(left) + ' left' : format(-left) + ' over';
      state = t.status === 'PAUSED' ? '\u23F8 Paused'
        : left <= 0 ? '\u26A0 Over the planned time'
        : left <= WARN_MS ? '\u26A0 Less than 5 minutes left' : '';
    }
    const stateEl = part(el, 'state');
    if (stateEl && stateEl.textContent !== state) {
      stateEl.textContent = state;
    }
    el.classList.toggle('tw-timer-warning', live && left > 0 && left <= WARN_MS);
    el.classList.toggle('tw-timer-over', live && left <= 0);
    el.classList.toggle('tw-timer-paused', !t.running);
    el.classList.toggle('tw-timer-ended', t.status === 'ENDED');

    const item = part(el, 'item');
    if (live && t.itemTimeBox > 0) {
      const itemLeft = t.itemTimeBox - (t.itemElapsed + passed);
      item.textContent = itemLeft >= 0 ? format(itemLeft) + ' left on this item'
        : '\u26A0 ' + format(-itemLeft) + ' over on this item';
      el.classList.toggle('tw-item-warning', itemLeft > 0 && itemLeft <= 60 * 1000);
      el.classList.toggle('tw-item-over', itemLeft <= 0);
    } else {
      item.textContent = '';
      el.classList.remove('tw-item-warning', 'tw-item-over');
    }
  }

  window.TrustworkTimer = {
    show(el, sessionElapsed, planned, itemElapsed, itemTimeBox, running, status) {
      el.__trustworkTimer = { sessionElapsed, planned, itemElapsed, itemTimeBox, running, status,
        receivedAt: performance.now() };
      render(el);
      if (!el.__trustworkTick) {
        el.__trustworkTick = setInterval(() => render(el), 250);
      }
    }
  };
  document.dispatchEvent(new Event('trustwork-timer-ready'));
})();
