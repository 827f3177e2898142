package id.siapkerja.akun.profile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photo checks, without Spring: what is not an image, what is too big before
 * decoding, what hides something else, and what comes back (a clean 3:4 JPEG without
 * metadata).
 */
class PhotosTests {

	private final Photos photos = new Photos();

	@Test
	void aTextFileRenamedJpgIsNotAPhoto() {
		byte[] text = "Ini bukan foto, hanya teks biasa yang diberi nama .jpg".getBytes(StandardCharsets.UTF_8);
		assertThat(this.photos.process(text).problem()).isEqualTo(Photos.Problem.NOT_AN_IMAGE);
		assertThat(this.photos.process(new byte[0]).problem()).isEqualTo(Photos.Problem.EMPTY);
	}

	@Test
	void aPngBombIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
		byte[] bomb = pngHeaderOnly(20_000, 20_000);
		assertThat(bomb.length).isLessThan(1_000);
		assertThat(this.photos.process(bomb).problem()).isEqualTo(Photos.Problem.TOO_MANY_PIXELS);
	}

	@Test
	void aFileAbove2MbIsRefused() {
		assertThat(this.photos.process(new byte[(int) Photos.MAX_BYTES + 1]).problem())
			.isEqualTo(Photos.Problem.TOO_LARGE);
	}

	@Test
	void aJpegWithGpsExifComesBackWithoutItAt3By4() throws IOException {
		byte[] plain = jpeg(900, 900);
		byte[] withGps = withExif(plain, "GPSLatitude -6.2088 GPSLongitude 106.8456 Canon EOS");
		assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPSLatitude");

		Photos.Result result = this.photos.process(withGps);
		assertThat(result.problem()).isNull();
		String stored = new String(result.photo().large(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("Canon");
		BufferedImage large = ImageIO.read(new ByteArrayInputStream(result.photo().large()));
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(result.photo().small()));
		assertThat(large.getWidth()).isEqualTo(600);
		assertThat(large.getHeight()).isEqualTo(800);
		assertThat(small.getWidth()).isEqualTo(150);
		assertThat(small.getHeight()).isEqualTo(200);
	}

	@Test
	void aPngBecomesAJpeg() throws IOException {
		BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		Photos.Result result = this.photos.process(png.toByteArray());
		assertThat(result.problem()).isNull();
		assertThat(result.photo().large()[0] & 0xFF).isEqualTo(0xFF);
		assertThat(result.photo().large()[1] & 0xFF).isEqualTo(0xD8);
	}

	@Test
	void polyglotsAreRefused() throws IOException {
		byte[] plain = jpeg(300, 400);
		byte[] withZip = concat(plain, "PK\u0003\u0004 a hidden archive with a long enough body to matter, really long"
			.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(this.photos.process(withZip).problem()).isEqualTo(Photos.Problem.NOT_ONLY_AN_IMAGE);
		byte[] withScript = withExif(plain, "<script>alert(1)</script>");
		assertThat(this.photos.process(withScript).problem()).isEqualTo(Photos.Problem.NOT_ONLY_AN_IMAGE);
	}

	@Test
	void thePersonChoosesWhichPartOfATallPhotoIsKept() {
		BufferedImage tall = new BufferedImage(300, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = tall.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 300, 400);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 400, 300, 400);
		graphics.dispose();
		assertThat(new Color(Photos.cropToThreeByFour(tall, Photos.Crop.ATAS).getRGB(150, 10))).isEqualTo(Color.RED);
		assertThat(new Color(Photos.cropToThreeByFour(tall, Photos.Crop.BAWAH).getRGB(150, 390))).isEqualTo(Color.BLUE);
		assertThat(Photos.cropToThreeByFour(tall, Photos.Crop.TENGAH).getHeight()).isEqualTo(400);
	}

	@Test
	void tooSmallIsRefused() throws IOException {
		assertThat(this.photos.process(jpeg(100, 100)).problem()).isEqualTo(Photos.Problem.TOO_SMALL);
	}

	static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(180, 200, 220));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(120, 90, 70));
		graphics.fillOval(width / 3, height / 4, width / 3, height / 3);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** A JPEG with an APP1 "Exif" segment right after SOI carrying the given text. */
	static byte[] withExif(byte[] jpeg, String text) {
		byte[] payload = ("Exif\0\0MM\0*\0\0\0\u0008" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
		byte[] result = new byte[jpeg.length + segment.capacity()];
		System.arraycopy(jpeg, 0, result, 0, 2);
		System.arraycopy(segment.array(), 0, result, 2, segment.capacity());
		System.arraycopy(jpeg, 2, result, 2 + segment.capacity(), jpeg.length - 2);
		return result;
	}

	/**
	 * A PNG signature and IHDR claiming the size, with a tiny IDAT: small file, huge
	 * image.
	 */
	static byte[] pngHeaderOnly(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer ihdr = ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) 8)
			.put((byte) 2)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

}
