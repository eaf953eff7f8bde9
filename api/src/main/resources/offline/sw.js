// Xuất Xứ service worker: the producer and kitchen pages open without a connection, and entries queued
// while offline are sent when it returns. Plain JavaScript, no third-party code. See docs/offline.md.
'use strict';

var VERSION = 'v2';
var SHELL = 'xuatxu-shell-' + VERSION;
var PAGES = 'xuatxu-pages';
var SHELL_FILES = ['/static/app.css', '/static/kitchen.css', '/static/home.js', '/static/offline.js',
  '/static/offline-queue.js', '/static/icon.svg', '/manifest.webmanifest'];
// Pages worth keeping for offline use: the producer's home (register a lot), a lot (record an event),
// its processing page, the kitchen's day pages (checks and samples).
var OFFLINE_PAGES = /^\/(trang-chu|lo-hang\/\d+(\/che-bien)?|bep(\/.*)?)$/;

importScripts('/static/offline-queue.js');

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_FILES.map(function (url) { return new Request(url, { cache: 'reload' }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('xuatxu-shell-') === 0 && name !== SHELL;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.indexOf('/static/') === 0 || url.pathname === '/manifest.webmanifest') {
    event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (cached) {
      return cached || fetch(request);
    }));
  } else if (request.mode === 'navigate' && OFFLINE_PAGES.test(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});

// The network's answer when there is one (kept for next time), otherwise the copy from the last visit.
function networkFirst(request) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(request.url, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) { return cache.match(request.url); }).then(function (cached) {
      return cached || new Response('<!DOCTYPE html><html lang="vi"><meta charset="utf-8">'
        + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Không có mạng</title>'
        + '<link rel="stylesheet" href="/static/app.css"><main><h1>Không có mạng</h1>'
        + '<p>Trang này chưa được lưu trên máy. Hãy mở nó một lần khi có mạng để dùng được khi mất mạng.</p>'
        + '<p><a href="/trang-chu">Về trang chủ</a></p></main></html>',
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    });
  });
}

// Background Sync: the browser wakes us when the connection returns, even with the page closed.
self.addEventListener('sync', function (event) {
  if (event.tag === XuatXuQueue.SYNC_TAG) {
    event.waitUntil(XuatXuQueue.sendAll());
  }
});

// A page asks to keep copies of pages (the other steps of the kitchen day) for offline use.
self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'keep-pages') {
    event.waitUntil(caches.open(PAGES).then(function (cache) {
      return Promise.all(event.data.urls.map(function (url) {
        return cache.match(url).then(function (hit) {
          return hit || fetch(url, { credentials: 'same-origin' }).then(function (response) {
            return response.ok && !response.redirected ? cache.put(url, response) : null;
          }).catch(function () { return null; });
        });
      }));
    }));
  }
});
