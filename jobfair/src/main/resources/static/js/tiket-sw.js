// The entry ticket without a connection: a service worker (scope /portofolio/) keeps the
// last ticket page it fetched and serves it when the network is gone (a weak signal at the
// venue's gate). Only ticket pages; everything else goes to the network as usual. Logging
// out clears it (Clear-Site-Data).
var CACHE = 'tiket-v1';
var TICKET = /^\/portofolio\/jobfair\/[0-9a-f-]+\/tiket$/;

self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
	var url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin || !TICKET.test(url.pathname)) {
		return;
	}
	event.respondWith(fetch(event.request).then(function (response) {
		if (response.ok && !response.redirected) {
			var copy = response.clone();
			caches.open(CACHE).then(function (cache) {
				cache.put(url.pathname, copy);
			});
		}
		return response;
	}).catch(function () {
		return caches.open(CACHE).then(function (cache) {
			return cache.match(url.pathname);
		}).then(function (kept) {
			return kept || Response.error();
		});
	}));
});
