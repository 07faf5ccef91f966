/**
 * Fits each card to its one page in the browser that prints it, where the real fonts measure the
 * real text. A card with room to spare gets larger type; while a card's sections overflow, the longest list loses its last item and says
 * "+N more"; lists keep at least two items, then the type steps down once or twice, then lists go
 * down to one item. Text is never cut mid-line: an item is shown whole or not at all.
 * Nothing is laid out before the fonts have loaded (<html data-fonts> shows the body). When done it
 * sets <html data-fitted>, which both printers wait for.
 */
export const FIT_SCRIPT = /* js */ `
(function () {
  function overflowing(flow) { return flow.scrollHeight > flow.clientHeight + 1 || flow.scrollWidth > flow.clientWidth + 1; }
  function items(block) {
    return Array.prototype.filter.call(block.querySelectorAll('.body > ul > li, .body > ol > li, .body > blockquote, .body > p'),
      function (el) { return !el.hidden; });
  }
  function trimOne(flow, min) {
    var best = null, bestCount = min;
    flow.querySelectorAll('.block').forEach(function (block) {
      var n = items(block).length;
      if (n > bestCount) { best = block; bestCount = n; }
    });
    if (!best) return false;
    var list = items(best);
    list[list.length - 1].hidden = true;
    var hiddenCount = Number(best.dataset.hiddenItems || 0) + 1;
    best.dataset.hiddenItems = String(hiddenCount);
    var more = best.querySelector('.more');
    if (!more) { more = document.createElement('p'); more.className = 'more'; best.appendChild(more); }
    more.textContent = (best.dataset.moreLabel || '+{n} more').replace('{n}', String(hiddenCount));
    return true;
  }
  function fit(sheet) {
    var flow = sheet.querySelector('.flow');
    if (!flow) return;
    // A short card reads better in larger type than floating at the top of an empty page.
    sheet.classList.add('roomy');
    if (overflowing(flow)) sheet.classList.remove('roomy');
    var steps = [function () { return trimOne(flow, 2); },
                 function () { if (sheet.classList.contains('tight')) return false; sheet.classList.add('tight'); return true; },
                 function () { if (sheet.classList.contains('tighter')) return false; sheet.classList.add('tighter'); return true; },
                 function () { return trimOne(flow, 1); }];
    for (var s = 0; s < steps.length; s++) {
      var guard = 0;
      while (overflowing(flow) && guard++ < 400) { if (!steps[s]()) break; }
      if (!overflowing(flow)) break;
    }
    if (overflowing(flow)) sheet.dataset.overflow = 'true';
  }
  function run() {
    var sheets = document.querySelectorAll('.sheet.card');
    // Each card is first laid out in the larger type fit() tries first, not in the default and then again.
    sheets.forEach(function (sheet) { sheet.classList.add('roomy'); });
    // The body is shown now, with every font ready (print CSS: no body before html[data-fonts]).
    document.documentElement.dataset.fonts = 'loaded';
    sheets.forEach(fit);
    document.documentElement.dataset.fitted = 'true';
  }
  // Every embedded face is loaded before the first layout: one laid out with fallback fonts while they
  // load (what a shown body gets) is thrown away, and for a 20-card deck that was a third of the work.
  var loads = [];
  if (document.fonts) document.fonts.forEach(function (face) { loads.push(face.load().catch(function () {})); });
  Promise.all(loads).then(run, run);
})();
`
