/** The home page of jobfair: what the service is and where to go next. */
package id.siapkerja.jobfair.home;
