/**
 * Onsite entry: arrival sessions of offline and hybrid fairs, the seekers' QR tickets and
 * the gate that scans them.
 */
@ApplicationModule(allowedDependencies = { "fair", "organizer", "seeker", "shared" })
@OwnsTables({ "entry_session", "entry_ticket" })
package id.siapkerja.jobfair.entry;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
