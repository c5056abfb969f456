/**
 * The report's only script, inlined: it adds verdict filters and keyboard navigation to a page that is
 * complete without it. It reads everything from the DOM, so no report data is ever written inside
 * `<script>` (article text cannot close the element).
 */
export const PAGE_SCRIPT = `
(() => {
  'use strict';
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  for (const element of all('[data-js-only]')) element.hidden = false;

  const markOf = (card) => (card.dataset.mark ? document.getElementById(card.dataset.mark) : null);
  const cardOf = (element) => {
    const card = element.closest('.finding');
    if (card) return card;
    const mark = element.closest('mark');
    const link = mark && mark.querySelector(':scope > .badge');
    return link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
  };
  const visibleCards = () => all('.finding').filter((card) => !card.hidden);
  let current = null;

  function select(card, focus) {
    if (current) {
      current.removeAttribute('aria-current');
      const oldMark = markOf(current);
      if (oldMark) oldMark.classList.remove('current');
    }
    current = card;
    card.setAttribute('aria-current', 'true');
    const mark = markOf(card);
    if (mark) mark.classList.add('current');
    // Keep the card in view inside the panel when the panel scrolls by itself (wide layout).
    const panel = card.closest('.panel');
    if (panel && panel.scrollHeight > panel.clientHeight + 1) {
      const top = card.offsetTop - panel.offsetTop;
      if (top < panel.scrollTop || top + card.offsetHeight > panel.scrollTop + panel.clientHeight) panel.scrollTop = Math.max(0, top - 8);
    }
    if (focus === 'card' || !mark || mark.hasAttribute('data-off')) card.focus();
    else mark.querySelector(':scope > .badge').focus();
  }

  function move(step) {
    const cards = visibleCards();
    if (cards.length === 0) return;
    const from = document.activeElement ? cardOf(document.activeElement) : null;
    const index = cards.indexOf(from || current);
    const next = index < 0 ? (step > 0 ? 0 : cards.length - 1) : Math.min(cards.length - 1, Math.max(0, index + step));
    select(cards[next], 'mark');
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('input, textarea, select, summary')) return;
    const onFinding = target instanceof HTMLElement && (target.closest('.finding') || target.closest('mark'));
    const key = event.key;
    if (key === 'j' || key === 'n' || (onFinding && (key === 'ArrowDown' || key === 'ArrowRight'))) { event.preventDefault(); move(1); }
    else if (key === 'k' || key === 'p' || (onFinding && (key === 'ArrowUp' || key === 'ArrowLeft'))) { event.preventDefault(); move(-1); }
    else if ((key === 'Enter' || key === ' ') && onFinding && target.matches('mark > .badge')) {
      event.preventDefault();
      const card = cardOf(target);
      if (card) select(card, 'card');
    } else if (key === 'Escape' && onFinding && current) {
      const mark = markOf(current);
      if (mark && !mark.hasAttribute('data-off')) { event.preventDefault(); mark.querySelector(':scope > .badge').focus(); }
    }
  });

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('mark > .badge') : null;
    if (!link) return;
    const card = cardOf(link);
    if (card) { event.preventDefault(); select(card, 'card'); }
  });

  for (const box of all('.filters input[type=checkbox]')) {
    box.addEventListener('change', () => {
      const verdict = box.value;
      for (const card of all('.finding')) if (card.dataset.verdict === verdict) card.hidden = !box.checked;
      for (const mark of all('mark')) if (mark.dataset.verdict === verdict) mark.toggleAttribute('data-off', !box.checked);
    });
  }
})();
`;
