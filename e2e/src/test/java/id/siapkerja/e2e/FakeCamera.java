package id.siapkerja.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * What Chromium's fake camera shows ({@code --use-file-for-fake-video-capture}): a
 * Motion-JPEG file of frames holding one QR code on a grey table, as a phone held over a
 * printed ticket sees it.
 */
final class FakeCamera {

	private FakeCamera() {
	}

	/** A camera file showing the QR code of this text. */
	static Path showing(String text) throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException(text, ex);
		}
		BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = frame.createGraphics();
		graphics.setColor(new Color(0x70, 0x70, 0x70));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(150, 70, 340, 340);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				frame.setRGB(170 + x, 90 + y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(frame, "jpeg", jpeg);
		Path file = Files.createDirectories(Path.of(System.getProperty("siapkerja.e2e.work-dir", "target/e2e")))
			.resolve("camera-" + System.nanoTime() + ".mjpeg");
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < 30; i++) {
				out.write(jpeg.toByteArray());
			}
		}
		return file.toAbsolutePath();
	}

}
