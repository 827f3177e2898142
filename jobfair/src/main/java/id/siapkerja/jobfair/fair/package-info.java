/**
 * Job fairs: their lifecycle from draft to finished, verification and publishing by Admin
 * Pusat, the public pages.
 */
package id.siapkerja.jobfair.fair;
