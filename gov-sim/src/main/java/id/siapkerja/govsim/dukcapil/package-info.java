/**
 * The simulated civil registry (Dukcapil): synthetic residents, the verification API, a
 * slow or failing switch.
 */
package id.siapkerja.govsim.dukcapil;
