package id.siapkerja.akun.shared;

/** Marital status as on the KTP: Belum Kawin, Kawin, Cerai Hidup, Cerai Mati. */
public enum MaritalStatus {

	BELUM_KAWIN, KAWIN, CERAI_HIDUP, CERAI_MATI

}
