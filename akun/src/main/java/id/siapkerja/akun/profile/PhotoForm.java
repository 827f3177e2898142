package id.siapkerja.akun.profile;

import org.springframework.web.multipart.MultipartFile;

/** "Pas foto" (A-P-a): the picture and the part of it to keep. */
record PhotoForm(MultipartFile foto, Photos.Crop posisi) {

	PhotoForm {
		posisi = posisi == null ? Photos.Crop.TENGAH : posisi;
	}

	static PhotoForm empty() {
		return new PhotoForm(null, Photos.Crop.TENGAH);
	}

}
