/** The simulated SMS gateway: an API that records messages and an inbox to read them. */
package id.siapkerja.govsim.sms;
