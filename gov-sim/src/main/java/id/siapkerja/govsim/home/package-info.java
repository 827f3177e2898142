/** The home page of gov-sim: what the service is and where to go next. */
package id.siapkerja.govsim.home;
