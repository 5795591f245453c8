// Warehouse desk scan box (keyboard-wedge scanners type the code and Enter). A convenience only: without it the
// box still has autofocus and every scan is a plain POST answered with the page.
(function () {
  'use strict';
  var input = document.querySelector('input[data-scan-input]');
  if (!input) return;

  // After each result the box is focused with its text selected, so the next scan replaces what is there.
  function grab() { input.focus(); input.select(); }
  grab();
  window.addEventListener('pageshow', grab);

  // A scan must not be lost when the focus left the box (a click on the result): keys typed while nothing editable
  // has the focus go to the scan box.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
    var target = event.target;
    if (target === input) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) return;
    grab();
  });
})();
