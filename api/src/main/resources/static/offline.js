// Offline use of the producer and kitchen pages (enhancement only; every page works without it):
// installs the service worker, keeps this page for offline use, turns a form sent without a connection
// into a queued entry ("Đang chờ gửi") and sends the queue when the connection returns. See docs/offline.md.
'use strict';

(function () {
  var Q = window.XuatXuQueue;
  var user = document.body.getAttribute('data-user');
  if (!Q || !user || !window.indexedDB) { return; }
  var main = document.querySelector('main');

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { });
    navigator.serviceWorker.ready.then(function (registration) {
      var urls = [location.pathname + location.search];
      document.querySelectorAll('a[data-offline-keep]').forEach(function (a) { urls.push(a.getAttribute('href')); });
      registration.active.postMessage({ type: 'keep-pages', urls: urls });
    });
  }

  // Signing out of a shared phone or tablet forgets the pages kept for offline use (the queue stays,
  // each entry tied to the account that made it).
  document.querySelectorAll('form[action="/dang-xuat"]').forEach(function (form) {
    form.addEventListener('submit', function () { if (window.caches) { caches.delete('xuatxu-pages'); } });
  });

  // The JSON the API expects, from the form: numbers from numeric fields, true/false from plain
  // checkboxes, the value of ticked checkboxes that carry one, ids of ticked "receipt-N" boxes as a list.
  // A field's data-json-name ("inputs.0.lotId", "newOutput.gtin") places it inside the JSON; a chosen file
  // goes into {@code files} (kept as a blob in IndexedDB, sent as base64 under its data-json-name, or
  // "attachment", when the entry is sent).
  function json(form, files) {
    var body = {};
    var collect = form.getAttribute('data-offline-collect');
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.type === 'submit' || field.hasAttribute('data-json-skip')) { return; }
      var path = field.getAttribute('data-json-name') || field.name;
      var number = field.getAttribute('data-json') === 'number';
      if (field.type === 'file') {
        Array.prototype.forEach.call(field.files || [], function (file) {
          files.push({ path: field.getAttribute('data-json-name') || 'attachment', name: file.name, type: file.type, blob: file });
        });
        return;
      }
      if (field.type === 'radio' && !field.checked) { return; }
      if (collect && field.name.indexOf(collect.split(':')[0]) === 0) {
        var list = body[collect.split(':')[1]] = body[collect.split(':')[1]] || [];
        if (field.checked) { list.push(Number(field.name.substring(collect.split(':')[0].length))); }
        return;
      }
      if (field.type === 'checkbox') {
        if (field.value === 'on') { Q.assign(body, path, field.checked); } else if (field.checked) {
          Q.assign(body, path, number ? Number(field.value) : field.value);
        }
        return;
      }
      var value = field.value.trim();
      if (value === '') { return; }
      var numeric = number || /^(decimal|numeric)$/.test(field.inputMode || '');
      Q.assign(body, path, numeric && !isNaN(Number(value.replace(',', '.'))) ? Number(value.replace(',', '.')) : value);
    });
    Object.keys(body).forEach(function (k) {
      if (Array.isArray(body[k])) { body[k] = body[k].filter(function (e) { return e !== undefined; }); }
    });
    var time = form.getAttribute('data-offline-time');
    if (time) { body[time] = new Date().toISOString(); }
    return body;
  }

  function labelOf(form, name) {
    var field = form && form.elements[name];
    var label = field && field.id ? form.querySelector('label[for="' + field.id + '"]') : null;
    return label ? label.textContent.trim() : name;
  }

  function filled(template, body) {
    return template ? template.replace(/\{(\w+)\}/g, function (_, name) {
      return encodeURIComponent(body[name] === undefined ? '' : body[name]);
    }) : null;
  }

  document.querySelectorAll('form[data-offline-post]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (navigator.onLine) { return; }
      event.preventDefault();
      var files = [];
      var body = json(form, files);
      Q.add({
        user: user, url: form.getAttribute('data-offline-post'), body: body, files: files, formId: form.id,
        label: form.getAttribute('data-offline-label'), page: location.pathname + location.search,
        currentUrl: filled(form.getAttribute('data-offline-current'), body)
      }).then(function () {
        form.reset();
        say('Đã lưu trên máy. Mục này sẽ tự gửi khi có mạng.');
        if (navigator.serviceWorker && window.SyncManager) {
          navigator.serviceWorker.ready.then(function (r) { return r.sync.register(Q.SYNC_TAG); }).catch(function () { });
        }
        return render();
      });
    });
  });

  var section = document.createElement('section');
  section.className = 'card';
  section.id = 'offline-queue';
  section.setAttribute('aria-live', 'polite');
  section.hidden = true;
  main.insertBefore(section, main.firstChild);
  var notice = document.createElement('div');
  notice.className = 'alert ok';
  notice.id = 'offline-notice';
  notice.setAttribute('aria-live', 'polite');
  notice.hidden = true;
  main.insertBefore(notice, section);

  function say(text) { notice.textContent = text; notice.hidden = !text; }

  function element(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function flat(value) {
    var out = {};
    Object.keys(value || {}).forEach(function (k) {
      var v = value[k];
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        Object.keys(v).forEach(function (k2) { if (typeof v[k2] !== 'object') { out[k + '.' + k2] = v[k2]; } });
      } else if (v !== null) { out[k] = Array.isArray(v) ? v.join(', ') : v; }
    });
    return out;
  }

  // Both versions side by side: what this phone has and what the server has now.
  function versions(entry) {
    var form = document.getElementById(entry.formId);
    var table = element('table', null, 'rows conflict');
    var head = element('tr');
    head.appendChild(element('th', 'Bản của bạn (trên máy này)'));
    head.appendChild(element('th', 'Bản trên máy chủ'));
    table.appendChild(head);
    var row = element('tr');
    var mine = element('td');
    Object.keys(entry.body).forEach(function (k) {
      mine.appendChild(element('div', labelOf(form, k) + ': ' + entry.body[k]));
    });
    var theirs = element('td');
    var server = flat(entry.server);
    if (!entry.server) { theirs.textContent = 'Không tải được bản trên máy chủ.'; }
    Object.keys(server).forEach(function (k) { theirs.appendChild(element('div', labelOf(form, k) + ': ' + server[k])); });
    row.appendChild(mine);
    row.appendChild(theirs);
    table.appendChild(row);
    return table;
  }

  function button(text, action) {
    var b = element('button', text, 'link');
    b.type = 'button';
    b.style.color = 'var(--green)';
    b.addEventListener('click', function () { action().then(render); });
    return b;
  }

  function render() {
    return Q.all().then(function (entries) {
      var mine = entries.filter(function (e) { return e.user === user; });
      section.hidden = mine.length === 0;
      section.textContent = '';
      section.appendChild(element('h2', 'Chưa gửi lên máy chủ (' + mine.length + ')'));
      var list = element('ul', null, 'lots');
      mine.forEach(function (entry) {
        var li = element('li');
        li.className = 'queued ' + entry.state;
        li.setAttribute('data-key', entry.key);
        li.appendChild(element('strong', entry.label));
        var state = { waiting: 'Đang chờ gửi', conflict: 'Xung đột', refused: 'Bị từ chối' }[entry.state];
        li.appendChild(element('span', state, 'status ' + (entry.state === 'waiting' ? 'PENDING' : 'FAILED')));
        li.appendChild(element('div', new Date(entry.createdAt).toLocaleString('vi-VN'), 'muted'));
        if (entry.problem) { li.appendChild(element('div', entry.problem, entry.state === 'waiting' ? 'muted' : 'bad-text')); }
        if (entry.state === 'conflict') {
          li.appendChild(element('p', 'Trong lúc máy này mất mạng, dữ liệu trên máy chủ đã thay đổi. Không có gì bị ghi đè: '
            + 'hãy xem hai bản và chọn cách xử lý.'));
          li.appendChild(versions(entry));
        }
        if (entry.state !== 'waiting') {
          li.appendChild(button('Gửi lại', function () {
            entry.state = 'waiting'; entry.problem = null; entry.server = null;
            return Q.put(entry).then(function () { return Q.sendAll(user); });
          }));
          var form = document.getElementById(entry.formId);
          if (form && entry.page === location.pathname + location.search) {
            li.appendChild(button('Sửa lại', function () {
              Object.keys(entry.body).forEach(function (k) {
                var field = form.elements[k];
                if (field && field.type !== 'checkbox' && field.value !== undefined) { field.value = entry.body[k]; }
              });
              form.scrollIntoView();
              return Q.remove(entry.key);
            }));
          }
          li.appendChild(button('Bỏ bản của tôi', function () { return Q.remove(entry.key); }));
        }
        list.appendChild(li);
      });
      section.appendChild(list);
    });
  }

  function sendNow() {
    if (!navigator.onLine) { return render(); }
    return Q.sendAll(user).then(function (sent) {
      if (sent > 0) { say('Đã gửi ' + sent + ' mục ghi khi mất mạng. Tải lại trang để xem.'); }
      return render();
    }, render);
  }

  window.addEventListener('online', sendNow);
  window.addEventListener('offline', function () { say('Mất mạng: các mục ghi bây giờ sẽ được lưu trên máy và tự gửi khi có mạng.'); });
  if (Q.channel) { Q.channel.onmessage = render; }
  sendNow();
})();
