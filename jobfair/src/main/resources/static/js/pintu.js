// Pintu masuk: reads ticket QR codes with the phone's camera where the browser can
// (BarcodeDetector), and sends the code as if typed. Without it, the typed code works.
(function () {
	var video = document.getElementById('gate-camera');
	var form = document.getElementById('gate-form');
	var input = document.getElementById('kode');
	if (!video || !form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
		return;
	}
	var detector;
	try {
		detector = new window.BarcodeDetector({ formats: ['qr_code'] });
	}
	catch (e) {
		return;
	}
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
				detector.detect(video).then(function (codes) {
					if (codes.length > 0 && codes[0].rawValue) {
						sent = true;
						input.value = codes[0].rawValue;
						form.submit();
						return;
					}
					window.setTimeout(look, 250);
				}).catch(function () {
					window.setTimeout(look, 500);
				});
			}
			look();
		})
		.catch(function () {
			// no camera, or not allowed: the typed code works
		});
})();
