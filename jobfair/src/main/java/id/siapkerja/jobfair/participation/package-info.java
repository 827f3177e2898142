/**
 * Companies taking part in fairs: their requests with vacancies, and the organizer's
 * decisions.
 */
@OwnsTables({ "participation", "participation_vacancy" })
package id.siapkerja.jobfair.participation;

import id.siapkerja.webkit.modules.OwnsTables;
