/**
 * The bench: Gatling scenarios of the platform under a national job fair, the seeding
 * they need, and the reports they write under {@code bench/reports}.
 */
package id.siapkerja.bench;
