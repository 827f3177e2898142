/**
 * Job fairs: their lifecycle from draft to finished, verification and publishing by Admin
 * Pusat, the public pages.
 */
@ApplicationModule(allowedDependencies = { "organizer", "shared" })
@OwnsTables({ "fair", "fair_history" })
package id.siapkerja.jobfair.fair;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
