package id.siapkerja.akun.profile;

import java.awt.image.BufferedImage;
import java.util.Locale;

import id.siapkerja.webkit.image.SafeImages;

import org.springframework.stereotype.Component;

/**
 * Makes a profile photo safe with {@link SafeImages} (type from the bytes only, at most 2
 * MB, no more than 40 megapixels checked before decoding, no polyglots) and keeps a fresh
 * JPEG without metadata, cropped to 3:4 at 600×800 and 150×200.
 */
@Component
class Photos {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	/** Why an upload is refused, each with its message key. */
	enum Problem {

		EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, TOO_SMALL, NOT_ONLY_AN_IMAGE;

		String messageKey() {
			return "profile.photo.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** Which part of a photo taller or wider than 3:4 is kept: the person chooses. */
	enum Crop {

		ATAS(0), TENGAH(0.5), BAWAH(1);

		private final double fromTop;

		Crop(double fromTop) {
			this.fromTop = fromTop;
		}

	}

	/** The photo as stored. */
	record Photo(byte[] large, byte[] small) {
	}

	/** The outcome: a photo, or why not. */
	record Result(Photo photo, Problem problem) {
	}

	Result process(byte[] upload) {
		return process(upload, Crop.TENGAH);
	}

	Result process(byte[] upload, Crop crop) {
		SafeImages.Read read = SafeImages.read(upload, MAX_BYTES, 150, 200);
		if (read.problem() != null) {
			return new Result(null, Problem.valueOf(read.problem().name()));
		}
		BufferedImage cropped = cropToThreeByFour(read.image(), crop == null ? Crop.TENGAH : crop);
		return new Result(new Photo(SafeImages.jpeg(SafeImages.scale(cropped, 600, 800)),
				SafeImages.jpeg(SafeImages.scale(cropped, 150, 200))), null);
	}

	static BufferedImage cropToThreeByFour(BufferedImage image, Crop crop) {
		return SafeImages.crop(image, 3, 4, crop.fromTop);
	}

}
