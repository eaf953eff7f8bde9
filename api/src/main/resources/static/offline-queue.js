// The queue of entries made without a connection, kept in IndexedDB so that closing the browser loses
// nothing. Used by the pages (offline.js) and by the service worker (Background Sync). Each entry carries
// its own Idempotency-Key, generated once when it is queued: however often it is sent (a lost answer, a
// page and the service worker sending at once), the server records it once. See docs/offline.md.
'use strict';

var XuatXuQueue = (function () {
  var DB = 'xuatxu-offline';
  var STORE = 'entries';
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('xuatxu-queue') : null;

  function database() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function transaction(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var request = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function newKey() {
    if (self.crypto.randomUUID) { return self.crypto.randomUUID(); }
    return Array.from(self.crypto.getRandomValues(new Uint8Array(16)), function (b) {
      return (b + 256).toString(16).slice(1);
    }).join('');
  }

  function changed() { if (channel) { channel.postMessage('changed'); } }

  function all() {
    return transaction('readonly', function (store) { return store.getAll(); }).then(function (entries) {
      return entries.sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : 1; });
    });
  }

  function put(entry) {
    return transaction('readwrite', function (store) { return store.put(entry); }).then(changed);
  }

  function remove(key) {
    return transaction('readwrite', function (store) { return store.delete(key); }).then(changed);
  }

  /** Queues an entry: {user, url, body (an object), label, formId, page, currentUrl}. */
  function add(entry) {
    entry.key = newKey();
    entry.state = 'waiting';
    entry.createdAt = new Date().toISOString();
    return put(entry).then(function () { return entry; });
  }

  function problemOf(response) {
    return response.json().catch(function () { return {}; }).then(function (problem) {
      return { status: response.status, error: problem.error || '', message: problem.message || ('Máy chủ trả lời mã ' + response.status + '.') };
    });
  }

  // The server's version of what the entry touches, to show beside the user's own on a conflict.
  function serverVersion(entry) {
    if (!entry.currentUrl) { return Promise.resolve(null); }
    return fetch(entry.currentUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  /** Puts {@code value} at a dotted path ("inputs.0.lotId"): numeric segments make arrays, others objects. */
  function assign(body, path, value) {
    var parts = path.split('.');
    var target = body;
    for (var i = 0; i < parts.length - 1; i++) {
      if (target[parts[i]] === undefined) { target[parts[i]] = /^\d+$/.test(parts[i + 1]) ? [] : {}; }
      target = target[parts[i]];
    }
    target[parts[parts.length - 1]] = value;
  }

  // The body to send: the entry's JSON with its files (blobs kept in IndexedDB) read in as base64.
  function bodyOf(entry) {
    if (!entry.files || entry.files.length === 0) { return Promise.resolve(JSON.stringify(entry.body)); }
    var body = JSON.parse(JSON.stringify(entry.body));
    return Promise.all(entry.files.map(function (file) {
      return file.blob.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = '';
        for (var i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }
        assign(body, file.path, { fileName: file.name, contentBase64: self.btoa(binary) });
      });
    })).then(function () { return JSON.stringify(body); });
  }

  // Sends one entry. Resolves to 'sent', 'kept' (try again later) or 'stop' (no point trying others now).
  function send(entry) {
    return bodyOf(entry).then(function (body) {
      return fetch(entry.url, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': entry.key,
          'X-Queued-By': encodeURIComponent(entry.user) },
        body: body
      });
    }).then(function (response) {
      if (response.ok && !response.redirected) {
        return remove(entry.key).then(function () { return 'sent'; });
      }
      return problemOf(response).then(function (problem) {
        entry.problem = problem.message;
        if (response.redirected || problem.status === 401 || problem.status >= 500 || problem.status === 429) {
          entry.problem = problem.status === 401 || response.redirected
            ? 'Hãy đăng nhập lại để gửi.' : problem.message;
          return put(entry).then(function () { return 'stop'; });
        }
        if (problem.error === 'QUEUED_BY_OTHER_ACCOUNT') {
          return put(entry).then(function () { return 'kept'; });
        }
        if (problem.status === 409) {
          entry.state = 'conflict';
          return serverVersion(entry).then(function (server) {
            entry.server = server;
            return put(entry);
          }).then(function () { return 'kept'; });
        }
        entry.state = 'refused';
        return put(entry).then(function () { return 'kept'; });
      });
    }, function () { return 'stop'; });
  }

  function sendEach(user) {
    return all().then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting' && (!user || e.user === user); });
      var sent = 0;
      var next = function (i) {
        if (i >= waiting.length) { return Promise.resolve(sent); }
        return send(waiting[i]).then(function (outcome) {
          if (outcome === 'sent') { sent++; }
          return outcome === 'stop' ? sent : next(i + 1);
        });
      };
      return next(0);
    });
  }

  /**
   * Sends the waiting entries (of {@code user} only, when given), oldest first; resolves to how many
   * went through. One sender at a time across tabs and the service worker.
   */
  function sendAll(user) {
    if (self.navigator.locks) {
      return self.navigator.locks.request('xuatxu-send', function () { return sendEach(user); });
    }
    return sendEach(user);
  }

  return { SYNC_TAG: 'xuatxu-send', add: add, all: all, put: put, remove: remove, sendAll: sendAll, assign: assign,
    channel: channel };
})();
