/**
 * What every Jobfair module uses: the safe handling of uploaded images, and the second
 * run of an event listener that failed.
 */
@ApplicationModule(allowedDependencies = {})
package id.siapkerja.jobfair.shared;

import org.springframework.modulith.ApplicationModule;
