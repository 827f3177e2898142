// New messages without reloading: the server announces them (Server-Sent Events) and the page
// fetches the list again; the list also refreshes itself every 15 s (htmx) should events fail.
(function () {
	var list = document.getElementById('messages');
	if (!list) {
		return;
	}
	function toBottom() {
		list.scrollTop = list.scrollHeight;
	}
	toBottom();
	document.body.addEventListener('htmx:afterSwap', function (event) {
		if (event.detail.target === list) {
			toBottom();
		}
	});
	document.body.addEventListener('htmx:afterRequest', function (event) {
		var form = document.getElementById('message-form');
		if (form && event.detail.elt === form && event.detail.successful) {
			form.reset();
		}
	});
	if (!window.EventSource || !window.htmx) {
		return;
	}
	var source = new EventSource(list.getAttribute('data-stream'));
	source.addEventListener('pesan', function () {
		window.htmx.ajax('GET', list.getAttribute('data-refresh'), { target: '#messages', swap: 'innerHTML' });
	});
})();
