package id.siapkerja.akun.profile;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Makes a profile photo safe: the declared type and file name are ignored, the bytes must
 * decode as JPEG or PNG, images above {@value #MAX_PIXELS} pixels are refused from their
 * header before any decoding, and what is kept is a fresh JPEG (no EXIF, no GPS, nothing
 * of the upload but pixels) cropped to 3:4 at 600×800 and 150×200.
 */
@Component
class Photos {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	private static final Set<String> FORMATS = Set.of("jpeg", "png");

	/** Why an upload is refused, each with its message key. */
	enum Problem {

		EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, TOO_SMALL, NOT_ONLY_AN_IMAGE;

		String messageKey() {
			return "profile.photo.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The photo as stored. */
	record Photo(byte[] large, byte[] small) {
	}

	/** The outcome: a photo, or why not. */
	record Result(Photo photo, Problem problem) {

		static Result refused(Problem problem) {
			return new Result(null, problem);
		}

	}

	/** Which part of a photo taller or wider than 3:4 is kept: the person chooses. */
	enum Crop {

		ATAS, TENGAH, BAWAH

	}

	Result process(byte[] upload) {
		return process(upload, Crop.TENGAH);
	}

	Result process(byte[] upload, Crop crop) {
		if (upload == null || upload.length == 0) {
			return Result.refused(Problem.EMPTY);
		}
		if (upload.length > MAX_BYTES) {
			return Result.refused(Problem.TOO_LARGE);
		}
		BufferedImage image;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				return Result.refused(Problem.NOT_AN_IMAGE);
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					return Result.refused(Problem.NOT_AN_IMAGE);
				}
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					return Result.refused(Problem.TOO_MANY_PIXELS);
				}
				if (reader.getWidth(0) < 150 || reader.getHeight(0) < 200) {
					return Result.refused(Problem.TOO_SMALL);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				image = reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Result.refused(Problem.NOT_AN_IMAGE);
		}
		if (image == null) {
			return Result.refused(Problem.NOT_AN_IMAGE);
		}
		if (carriesSomethingElse(upload)) {
			return Result.refused(Problem.NOT_ONLY_AN_IMAGE);
		}
		BufferedImage cropped = cropToThreeByFour(image, crop == null ? Crop.TENGAH : crop);
		return new Result(new Photo(jpeg(scale(cropped, 600, 800)), jpeg(scale(cropped, 150, 200))), null);
	}

	private static final String[] FOREIGN = { "<script", "<html", "<?php", "<svg", "<!doctype", "<iframe",
			"javascript:" };

	/**
	 * A polyglot: data after the end of the image (a ZIP, a page) or markup hidden in it.
	 * Such a file is refused rather than cleaned, so that whoever made it learns nothing.
	 */
	static boolean carriesSomethingElse(byte[] upload) {
		String ascii = new String(upload, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		for (String marker : FOREIGN) {
			if (ascii.contains(marker)) {
				return true;
			}
		}
		int end = -1;
		if ((upload[0] & 0xFF) == 0xFF && (upload[1] & 0xFF) == 0xD8) {
			for (int i = upload.length - 2; i >= 0; i--) {
				if ((upload[i] & 0xFF) == 0xFF && (upload[i + 1] & 0xFF) == 0xD9) {
					end = i + 2;
					break;
				}
			}
		}
		else {
			int iend = ascii.lastIndexOf("iend");
			end = iend < 0 ? -1 : iend + 8;
		}
		return end < 0 || upload.length - end > 64;
	}

	/**
	 * The largest 3:4 part of the image: centred across, and from the top, middle or
	 * bottom as the person chose.
	 */
	static BufferedImage cropToThreeByFour(BufferedImage image, Crop crop) {
		int width = image.getWidth();
		int height = image.getHeight();
		int targetWidth = Math.min(width, height * 3 / 4);
		int targetHeight = Math.min(height, targetWidth * 4 / 3);
		int x = (width - targetWidth) / 2;
		int y = switch (crop) {
			case ATAS -> 0;
			case TENGAH -> (height - targetHeight) / 2;
			case BAWAH -> height - targetHeight;
		};
		return image.getSubimage(x, y, targetWidth, targetHeight);
	}

	private static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			// no metadata is passed: the new file carries pixels only
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode JPEG", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
