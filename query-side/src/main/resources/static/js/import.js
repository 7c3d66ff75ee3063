// Posts the chosen NDJSON file to the command side's import and shows its answer: what was stored,
// or each refused line with its field and reason (RFC 9457 problem, nothing stored).
(function () {
  var form = document.getElementById('import-form');
  var result = document.getElementById('import-result');
  if (!form) {
    return;
  }
  var meta = function (name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : null;
  };
  var cell = function (row, text, className) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  };
  var show = function (templateId, fill) {
    var content = document.getElementById(templateId).content.cloneNode(true);
    fill(content);
    result.replaceChildren(content);
    result.focus();
  };
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('import-file').files[0];
    if (!file) {
      return;
    }
    var headers = { 'Content-Type': 'application/x-ndjson', 'Accept': 'application/json, application/problem+json' };
    var csrfHeader = meta('_csrf_header');
    if (csrfHeader) {
      headers[csrfHeader] = meta('_csrf');
    }
    result.textContent = '正在导入……';
    fetch(form.getAttribute('action'), { method: 'POST', headers: headers, body: file, credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var body = null;
          try { body = JSON.parse(text); } catch (e) { body = null; }
          return { ok: response.ok, status: response.status, body: body, text: text };
        });
      })
      .then(function (answer) {
        if (answer.ok && answer.body) {
          show('import-success-template', function (content) {
            content.querySelector('.records').textContent = answer.body.records;
            content.querySelector('.events').textContent = answer.body.eventCount;
            var rows = content.querySelector('tbody');
            Object.keys(answer.body.recordsByType || {}).forEach(function (type) {
              var row = document.createElement('tr');
              cell(row, type);
              cell(row, answer.body.recordsByType[type], 'num');
              rows.appendChild(row);
            });
          });
          return;
        }
        show('import-errors-template', function (content) {
          var detail = answer.body && answer.body.detail ? answer.body.detail : ('HTTP ' + answer.status);
          content.querySelector('.problem-detail').textContent = '导入被拒绝（HTTP ' + answer.status + '）：' + detail;
          var rows = content.querySelector('tbody');
          ((answer.body && answer.body.errors) || []).forEach(function (error) {
            var row = document.createElement('tr');
            cell(row, error.line, 'num');
            cell(row, error.field);
            cell(row, error.reason);
            rows.appendChild(row);
          });
        });
      })
      .catch(function (error) {
        result.textContent = '导入失败：' + error;
      });
  });
})();
