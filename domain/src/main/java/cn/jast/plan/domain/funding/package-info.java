/** Funding after the assessment (II.1) and the project's ring-fenced ledger (专款专用、单独核算, IV.3). */
package cn.jast.plan.domain.funding;
