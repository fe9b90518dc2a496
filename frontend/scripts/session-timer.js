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

  function render(el) {
    const t = el.__trustworkTimer;
    if (!t) {
      return;
    }
    const passed = t.running ? performance.now() - t.receivedAt : 0;
    const elapsed = t.sessionElapsed + passed;
    const left = t.planned - elapsed;
    part(el, 'elapsed').textContent = format(elapsed);
    part(el, 'left').textContent = left >= 0 ? format(left) + ' left' : format(-left) + ' over';
    el.classList.toggle('tw-timer-warning', left > 0 && left <= WARN_MS);
    el.classList.toggle('tw-timer-over', left <= 0);
    el.classList.toggle('tw-timer-paused', !t.running);

    const item = part(el, 'item');
    if (t.itemTimeBox > 0) {
      const itemLeft = t.itemTimeBox - (t.itemElapsed + passed);
      item.textContent = itemLeft >= 0 ? format(itemLeft) + ' left on this item' : format(-itemLeft) + ' over on this item';
      el.classList.toggle('tw-item-warning', itemLeft > 0 && itemLeft <= 60 * 1000);
      el.classList.toggle('tw-item-over', itemLeft <= 0);
    } else {
      item.textContent = '';
      el.classList.remove('tw-item-warning', 'tw-item-over');
    }
  }

  window.TrustworkTimer = {
    show(el, sessionElapsed, planned, itemElapsed, itemTimeBox, running) {
      el.__trustworkTimer = { sessionElapsed, planned, itemElapsed, itemTimeBox, running, receivedAt: performance.now() };
      render(el);
      if (!el.__trustworkTick) {
        el.__trustworkTick = setInterval(() => render(el), 250);
      }
    }
  };
  document.dispatchEvent(new Event('trustwork-timer-ready'));
})();
