/**
 * Statistics of hire outcomes: each fair's numbers kept up to date as its applications
 * change, the dashboards over all fairs and each finished fair's open data.
 */
@ApplicationModule(allowedDependencies = { "application", "company", "entry", "fair", "organizer", "participation",
		"seeker", "vacancy" })
@OwnsTables({ "stat_fair", "stat_count", "stat_pending" })
package id.siapkerja.jobfair.statistics;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;
