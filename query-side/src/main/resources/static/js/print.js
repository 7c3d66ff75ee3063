// The report page's print button (no inline handlers: the pages allow only scripts they serve).
(function () {
  var button = document.getElementById('print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
