package id.siapkerja.webkit.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads an uploaded image without trusting it: the declared type and name are ignored,
 * the bytes must decode as JPEG or PNG, images above {@value #MAX_PIXELS} pixels are
 * refused from their header before decoding, and polyglots (data after the image, markup
 * inside it) are refused. What an app keeps is a fresh JPEG made from the pixels only (no
 * EXIF, no GPS, nothing else of the upload).
 */
public final class SafeImages {

	public static final long MAX_PIXELS = 40_000_000L;

	private static final Set<String> FORMATS = Set.of("jpeg", "png");

	private static final String[] FOREIGN = { "<script", "<html", "<?php", "<svg", "<!doctype", "<iframe",
			"javascript:" };

	private SafeImages() {
	}

	/** Why an upload is refused; each app gives these its own message. */
	public enum Problem {

		EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, TOO_SMALL, NOT_ONLY_AN_IMAGE

	}

	/** The decoded image, or why not. */
	public record Read(BufferedImage image, Problem problem) {

		static Read refused(Problem problem) {
			return new Read(null, problem);
		}

	}

	/**
	 * Decodes an upload of at most {@code maxBytes}, at least
	 * {@code minWidth}×{@code minHeight}.
	 */
	public static Read read(byte[] upload, long maxBytes, int minWidth, int minHeight) {
		if (upload == null || upload.length == 0) {
			return Read.refused(Problem.EMPTY);
		}
		if (upload.length > maxBytes) {
			return Read.refused(Problem.TOO_LARGE);
		}
		BufferedImage image;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (input == null || !readers.hasNext()) {
				return Read.refused(Problem.NOT_AN_IMAGE);
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					return Read.refused(Problem.NOT_AN_IMAGE);
				}
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					return Read.refused(Problem.TOO_MANY_PIXELS);
				}
				if (reader.getWidth(0) < minWidth || reader.getHeight(0) < minHeight) {
					return Read.refused(Problem.TOO_SMALL);
				}
				image = reader.read(0, reader.getDefaultReadParam());
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Read.refused(Problem.NOT_AN_IMAGE);
		}
		if (image == null) {
			return Read.refused(Problem.NOT_AN_IMAGE);
		}
		if (carriesSomethingElse(upload)) {
			return Read.refused(Problem.NOT_ONLY_AN_IMAGE);
		}
		return new Read(image, null);
	}

	/** Data after the end of the image, or markup hidden in it. */
	public static boolean carriesSomethingElse(byte[] upload) {
		String ascii = new String(upload, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
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
	 * The image drawn at exactly {@code width}×{@code height} (on white, so transparency
	 * goes away).
	 */
	public static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	/**
	 * The image fitted inside {@code width}×{@code height} on white, its proportions kept
	 * (for logos).
	 */
	public static BufferedImage contain(BufferedImage image, int width, int height) {
		double factor = Math.min((double) width / image.getWidth(), (double) height / image.getHeight());
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = canvas.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, (width - w) / 2, (height - h) / 2, w, h, null);
		}
		finally {
			graphics.dispose();
		}
		return canvas;
	}

	/**
	 * The largest part of the image with the given proportions, centred across and from
	 * the given top fraction.
	 */
	public static BufferedImage crop(BufferedImage image, int ratioWidth, int ratioHeight, double fromTop) {
		int width = image.getWidth();
		int height = image.getHeight();
		int targetWidth = Math.min(width, height * ratioWidth / ratioHeight);
		int targetHeight = Math.min(height, targetWidth * ratioHeight / ratioWidth);
		int x = (width - targetWidth) / 2;
		int y = (int) Math.round((height - targetHeight) * Math.max(0, Math.min(1, fromTop)));
		return image.getSubimage(x, y, targetWidth, targetHeight);
	}

	/** A fresh JPEG of the pixels, without any metadata. */
	public static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
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
