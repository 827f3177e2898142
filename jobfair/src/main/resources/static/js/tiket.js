// The ticket page asks the browser to keep it for when there is no connection
// (tiket-sw.js, served under /portofolio/ so that it may look after the ticket pages).
(function () {
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/portofolio/tiket-sw.js', { scope: '/portofolio/' }).catch(function () {
			// without it the ticket still works online, as a picture or printed
		});
	}
})();
