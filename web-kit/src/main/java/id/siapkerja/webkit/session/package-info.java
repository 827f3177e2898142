/**
 * Spring Session JDBC as the apps use it: a read per request, a write only when needed.
 */
package id.siapkerja.webkit.session;
