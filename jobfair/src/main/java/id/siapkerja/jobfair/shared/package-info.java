/**
 * What every Jobfair module uses: the safe handling of uploaded images, and the second
 * run of an event listener that failed.
 */
package id.siapkerja.jobfair.shared;
