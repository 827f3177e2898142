// Pintu masuk: reads ticket QR codes with the phone's camera and sends the code as if
// typed. The browser's BarcodeDetector where there is one (Chrome on Android); elsewhere
// jsQR (served with the app, loaded only then) on frames of the camera. Without a camera,
// or when it is not allowed, the typed code works.
(function () {
	var video = document.getElementById('gate-camera');
	var form = document.getElementById('gate-form');
	var input = document.getElementById('kode');
	if (!video || !form || !input || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
		return;
	}

	// calls ready(detect) with a function that reads a QR code from the video (a
	// promise of its text, or null), once one is at hand
	function reader(ready) {
		var native = ('BarcodeDetector' in window) && window.BarcodeDetector.getSupportedFormats
			? window.BarcodeDetector.getSupportedFormats().catch(function () {
				return [];
			})
			: Promise.resolve([]);
		native.then(function (formats) {
			if (formats.indexOf('qr_code') >= 0) {
				var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
				ready(function (source) {
					return detector.detect(source).then(function (codes) {
						return codes.length > 0 && codes[0].rawValue ? codes[0].rawValue : null;
					});
				});
			}
			else {
				withJsQr(ready);
			}
		});
	}

	// jsQR, loaded only now, on frames of the video drawn on a canvas
	function withJsQr(ready) {
		var library = video.getAttribute('data-jsqr');
		if (!library) {
			return;
		}
		var script = document.createElement('script');
		script.src = library;
		script.onload = function () {
			if (!window.jsQR) {
				return;
			}
			var canvas = document.createElement('canvas');
			var context = canvas.getContext('2d', { willReadFrequently: true });
			ready(function (source) {
				var width = source.videoWidth;
				var height = source.videoHeight;
				if (!width || !height) {
					return Promise.resolve(null);
				}
				// a cheap phone reads a 640-pixel frame fast enough
				var scale = Math.min(1, 640 / Math.max(width, height));
				canvas.width = Math.round(width * scale);
				canvas.height = Math.round(height * scale);
				context.drawImage(source, 0, 0, canvas.width, canvas.height);
				var image = context.getImageData(0, 0, canvas.width, canvas.height);
				var found = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
				return Promise.resolve(found && found.data ? found.data : null);
			});
		};
		document.head.appendChild(script);
	}

	// a code as the gate compares it: letters and digits, upper case
	function plain(code) {
		return String(code).toUpperCase().replace(/[^0-9A-Z]/g, '');
	}
	// the ticket just checked is still before the camera: it is not sent again
	var checked = plain(form.getAttribute('data-checked') || '');

	reader(function (detect) {
		navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
			.then(function (stream) {
				video.srcObject = stream;
				video.hidden = false;
				return video.play();
			})
			.then(function () {
				var sent = false;
				function look() {
					if (sent) {
						return;
					}
					detect(video).then(function (code) {
						if (code && plain(code) !== checked) {
							sent = true;
							input.value = code;
							form.submit();
							return;
						}
						window.setTimeout(look, 250);
					}).catch(function () {
						window.setTimeout(look, 500);
					});
				}
				// a verdict on the page stays readable a moment before the next ticket
				window.setTimeout(look, checked ? 1500 : 0);
			})
			.catch(function () {
				// no camera, or not allowed: the typed code works
			});
	});
})();
