/** Routine supervision (日常督查, IV.2) and the inspection of fund use (专项检查, IV.3): the office's inspections of projects. */
package cn.jast.plan.web.supervision;
