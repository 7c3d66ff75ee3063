// Refreshes the projections' progress every two seconds from GET /api/admin/projections.
(function () {
  var table = document.getElementById('projections');
  if (!table) {
    return;
  }
  var refresh = function () {
    fetch(table.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (statuses) {
        statuses.forEach(function (s) {
          var row = table.querySelector('tr[data-name="' + s.name + '"]');
          if (!row) {
            return;
          }
          row.querySelector('.position').textContent = s.position;
          row.querySelector('.head').textContent = s.head;
          row.querySelector('progress').value = Number(s.percent);
          row.querySelector('.percent').textContent = s.percent + '%';
          row.querySelector('.left').textContent = s.estimatedSecondsLeft == null ? '—' : s.estimatedSecondsLeft + ' 秒';
          row.querySelector('.state').textContent = s.error ? '出错：' + s.error : (s.rebuilding ? '重建中' : '已追上');
        });
      })
      .catch(function () { /* the next refresh tries again */ });
  };
  setInterval(refresh, 2000);
})();
