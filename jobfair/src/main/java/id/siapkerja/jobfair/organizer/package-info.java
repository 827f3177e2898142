/**
 * Organizers of job fairs (Disnaker, campuses, BLK, private organizers) and their
 * members.
 */
@ApplicationModule(allowedDependencies = { "member", "shared", "signin" })
@OwnsTables({ "organizer", "organizer_member", "organizer_invitation" })
package id.siapkerja.jobfair.organizer;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
