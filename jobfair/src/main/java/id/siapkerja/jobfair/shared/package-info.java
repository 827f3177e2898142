/** What every Jobfair module uses: the safe handling of uploaded images. */
package id.siapkerja.jobfair.shared;
