package id.siapkerja.akun.shared;

/**
 * Gender as the civil registry records it; in a NIK a woman's birth day is written plus
 * 40.
 */
public enum Gender {

	MALE, FEMALE

}
