package id.siapkerja.jobfair.shared;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import id.siapkerja.webkit.image.SafeImages;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Logos and banners: optional uploads made safe by {@link SafeImages} (JPEG or PNG from
 * the bytes, at most 2 MB, no more than 40 megapixels, no polyglots) and kept as fresh
 * JPEGs. A refused upload is rejected into the form's field.
 */
public final class Uploads {

	public static final long MAX_BYTES = 2L * 1024 * 1024;

	private Uploads() {
	}

	/**
	 * A logo fitted into 400×400 on white; empty when no file was chosen or it was
	 * refused.
	 */
	public static Optional<byte[]> logo(MultipartFile file, String field, Errors errors) {
		return read(file, field, 64, 64, errors).map((image) -> SafeImages.jpeg(SafeImages.contain(image, 400, 400)));
	}

	/**
	 * A banner cropped to 3:1 at 1200×400; empty when no file was chosen or it was
	 * refused.
	 */
	public static Optional<byte[]> banner(MultipartFile file, String field, Errors errors) {
		return read(file, field, 600, 200, errors)
			.map((image) -> SafeImages.jpeg(SafeImages.scale(SafeImages.crop(image, 3, 1, 0.5), 1200, 400)));
	}

	private static Optional<BufferedImage> read(MultipartFile file, String field, int minWidth, int minHeight,
			Errors errors) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		try {
			SafeImages.Read read = SafeImages.read(file.getBytes(), MAX_BYTES, minWidth, minHeight);
			if (read.problem() != null) {
				errors.rejectValue(field,
						"upload.problem." + read.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
				return Optional.empty();
			}
			return Optional.of(read.image());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
